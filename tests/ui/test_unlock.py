"""The profile screens, driven through their real widgets against real encrypted profiles: creating a
profile, the recovery key shown once, wrong and right passphrases, the lock-out wait, the recovery key
(and a new passphrase chosen with it), damaged files, and changing the passphrase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from leaddesk.desk import Desk
from leaddesk.desk.profiles import Profiles
from leaddesk.domain import Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.storage import vault as vault_module
from leaddesk.storage.database import DB_FILE
from leaddesk.storage.errors import WrongPassphrase
from leaddesk.storage.paths import list_profiles, profile_dir
from leaddesk.storage.profile import create_profile, open_profile, unlock_key
from leaddesk.storage.vault import FREE_ATTEMPTS, Vault
from leaddesk.ui.profile_recovery_key import RecoveryKeyPanel
from leaddesk.ui.profile_strength import FAIR, STRONG, TOO_SHORT, WEAK, assess
from leaddesk.ui.unlock_page import (
    CREATE,
    RECOVERED,
    RECOVERY_KEY,
    UNLOCK,
    ChangePassphraseDialog,
    UnlockPage,
)
from tests.kdf import FAST_FOR_TESTS
from tests.storage.profile_holder import spawn

NAME = "Robin Ash"
PASSPHRASE = "river stone lantern"
OTHER = "Dana Reyes"
OTHER_PASSPHRASE = "harbour kettle violet"
NEW_PASSPHRASE = "copper meadow sparrow tide"
WORKER_MS = 10_000


def make_profile(home: Path, name: str = NAME, passphrase: str = PASSPHRASE) -> str:
    """A closed profile on disk; returns its recovery key."""
    created = create_profile(name, passphrase, home=home, kdf=FAST_FOR_TESTS)
    created.store.close(audit=False)
    return created.recovery_key


@pytest.fixture
def recovery_key(home: Path) -> str:
    return make_profile(home)


@pytest.fixture
def opened(qtbot) -> list[Desk]:
    """Stores the page handed out, closed after the test."""
    stores: list[Desk] = []
    yield stores
    for store in stores:
        store.close(audit=False)


def new_page(qtbot, home: Path) -> UnlockPage:
    page = UnlockPage(profiles=Profiles(home=home, kdf=FAST_FOR_TESTS))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def unlock_through(qtbot, page: UnlockPage, opened: list[Desk], text: str) -> Desk:
    field = page.unlock_form.recovery if page.unlock_form.recovery_mode else page.unlock_form.passphrase
    field.clear()
    qtbot.keyClicks(field, text)
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    opened.append(blocker.args[0])
    return blocker.args[0]


def try_wrong(qtbot, page: UnlockPage, text: str) -> None:
    form = page.unlock_form
    field = form.recovery if form.recovery_mode else form.passphrase
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert form.busy  # the derivation runs on the worker, not in this call
    qtbot.waitUntil(lambda: not form.busy, timeout=WORKER_MS)


# -- creating a profile ------------------------------------------------------------------------------


def test_first_run_creates_a_profile_and_shows_the_recovery_key_once(qtbot, home: Path, opened) -> None:
    page = new_page(qtbot, home)
    form = page.create_form
    assert page.mode == CREATE
    assert not form.back.isVisible()  # nothing to go back to on the first run

    qtbot.keyClicks(form.name, NAME)
    qtbot.keyClicks(form.fields.passphrase, "short one")
    qtbot.keyClicks(form.fields.repeat, "short one")
    assert "Too short" in form.fields.hint.label.text()
    assert not form.create.isEnabled()

    form.fields.passphrase.clear()
    form.fields.repeat.clear()
    qtbot.keyClicks(form.fields.passphrase, PASSPHRASE)
    assert "Length 19 · words 3" in form.fields.hint.label.text()
    qtbot.keyClicks(form.fields.repeat, PASSPHRASE + "s")
    assert form.fields.mismatch.isVisible()
    assert "not the same" in form.fields.mismatch.text()
    assert not form.create.isEnabled()
    qtbot.keyClick(form.fields.repeat, Qt.Key.Key_Backspace)
    assert not form.fields.mismatch.isVisible()
    assert form.create.isEnabled()

    qtbot.mouseClick(form.create, Qt.MouseButton.LeftButton)
    assert form.indicator.isVisible()
    assert not form.name.isEnabled()
    qtbot.waitUntil(lambda: page.mode == RECOVERY_KEY, timeout=WORKER_MS)
    assert not form.indicator.isVisible()

    panel = page.recovery_panel
    shown = panel.key_field.text().replace("\n", "-")
    assert len(shown.split("-")) == 8
    assert not panel.proceed.isEnabled()
    qtbot.keyClick(panel.stored, Qt.Key.Key_Return)  # Enter cannot skip the confirmation
    assert page.mode == RECOVERY_KEY
    panel.stored.setChecked(True)
    assert panel.proceed.isEnabled()
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.mouseClick(panel.proceed, Qt.MouseButton.LeftButton)
    store = blocker.args[0]
    opened.append(store)
    assert store.user == NAME
    assert [e.detail for e in store._store.repos.audit.events(action=AuditAction.UNLOCK)] == ["new profile"]
    assert panel.key_field.text() == ""  # shown once: gone from the screen
    assert form.fields.passphrase.text() == ""

    store.close()  # locked, so the profile can be unlocked again
    assert list_profiles(home) == [NAME]
    assert (
        unlock_key(profile_dir(NAME, home), recovery_key=shown, kdf=FAST_FOR_TESTS).method == "recovery key"
    )
    assert unlock_key(profile_dir(NAME, home), PASSPHRASE, kdf=FAST_FOR_TESTS).method == "passphrase"


def test_a_taken_or_impossible_name_is_explained(qtbot, home: Path, recovery_key: str) -> None:
    page = new_page(qtbot, home)
    assert page.mode == UNLOCK
    qtbot.mouseClick(page.unlock_form.new_profile, Qt.MouseButton.LeftButton)
    form = page.create_form
    assert page.mode == CREATE
    assert form.back.isVisible()
    for name, expected in (
        (NAME, "already exists"),
        ("robin  ásh", "differ only in accents, capitals or spaces"),
        ("tab\there", "cannot be used"),  # pasted from somewhere: a tab cannot be typed in the field
    ):
        form.name.setText(name)
        form.fields.clear()
        qtbot.keyClicks(form.fields.passphrase, OTHER_PASSPHRASE)
        qtbot.keyClicks(form.fields.repeat, OTHER_PASSPHRASE)
        qtbot.mouseClick(form.create, Qt.MouseButton.LeftButton)
        assert expected in form.message.text()
        assert not form.busy
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert page.mode == UNLOCK


def test_a_second_profile_from_the_unlock_page(qtbot, home: Path, recovery_key: str, opened) -> None:
    page = new_page(qtbot, home)
    qtbot.mouseClick(page.unlock_form.new_profile, Qt.MouseButton.LeftButton)
    form = page.create_form
    qtbot.keyClicks(form.name, OTHER)
    qtbot.keyClicks(form.fields.passphrase, OTHER_PASSPHRASE)
    qtbot.keyClicks(form.fields.repeat, OTHER_PASSPHRASE)
    qtbot.keyClick(form.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mode == RECOVERY_KEY, timeout=WORKER_MS)
    page.recovery_panel.stored.setChecked(True)
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.keyClick(page.recovery_panel.stored, Qt.Key.Key_Return)
    opened.append(blocker.args[0])
    assert blocker.args[0].user == OTHER
    assert list_profiles(home) == [OTHER, NAME]


PEOPLE = ["José García", "Nguyễn Văn An", "Pat O'Brien"]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying `text` one character at a time, as a keyboard layout or an input method
    delivers "ễ" (QTest's keyClicks aborts on characters outside Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def create_through(qtbot, page: UnlockPage, opened: list[Desk], name: str) -> Desk:
    form = page.create_form
    type_text(form.name, name)
    assert form.name.text() == name
    qtbot.keyClicks(form.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(form.fields.repeat, PASSPHRASE)
    qtbot.keyClick(form.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mode == RECOVERY_KEY, timeout=WORKER_MS)
    page.recovery_panel.stored.setChecked(True)
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.mouseClick(page.recovery_panel.proceed, Qt.MouseButton.LeftButton)
    opened.append(blocker.args[0])
    return blocker.args[0]


def test_any_persons_name_is_created_listed_and_unlocked_as_typed(qtbot, home: Path, opened) -> None:
    page = new_page(qtbot, home)
    for n, name in enumerate(PEOPLE):
        if n:
            qtbot.mouseClick(page.unlock_form.new_profile, Qt.MouseButton.LeftButton)
        store = create_through(qtbot, page, opened, name)
        assert store.user == name
        assert store.profile.folder == profile_dir(name, home)
    form = page.unlock_form
    assert [form.profile.itemText(i) for i in range(form.profile.count())] == PEOPLE
    assert form.current_name() == "Pat O'Brien"  # the one just opened
    for name in PEOPLE:
        page.prepare(folder=profile_dir(name, home))  # as locking does, by the store's folder
        assert form.current_name() == name
        assert form.current_profile() == profile_dir(name, home)
    for desk in opened:
        desk.close()  # locked, as the app does before it shows this page again
    form.profile.setCurrentText("Nguyễn Văn An")
    assert unlock_through(qtbot, page, opened, PASSPHRASE).user == "Nguyễn Văn An"

    dialog = ChangePassphraseDialog(
        profiles=Profiles(home=home), folder=profile_dir("José García", home), name="José García"
    )
    qtbot.addWidget(dialog)
    assert dialog.intro.text() == "Profile: José García"


def test_the_recovery_card_names_the_profile_as_typed(qtbot, home: Path, opened) -> None:
    recovery_key = make_profile(home, "Pat O'Brien")
    page = new_page(qtbot, home)
    assert page.unlock_form.profile_name.text() == "Pat O'Brien"  # one profile: its name, no picker
    recover(qtbot, page, recovery_key)
    assert "You opened “Pat O'Brien” with its recovery key." in page.new_passphrase.intro.text()
    card = page.new_passphrase
    qtbot.keyClicks(card.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(card.fields.repeat, NEW_PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.mouseClick(card.set_passphrase, Qt.MouseButton.LeftButton)
    opened.append(blocker.args[0])
    assert blocker.args[0].user == "Pat O'Brien"
    blocker.args[0].close()  # locked, so the profile can be opened again
    assert open_profile_and_close("Pat O'Brien", NEW_PASSPHRASE, home)


def test_copying_the_recovery_key_empties_the_clipboard_later(qtbot) -> None:
    panel = RecoveryKeyPanel(clear_after_ms=100)
    qtbot.addWidget(panel)
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    panel.show_key(key)
    assert panel.key_field.text() == "ABCD-EFGH-IJKL-MNOP\nQRST-UVWX-YZ23-4567"
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == key
    assert "emptied at" in panel.copied.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)
    clipboard.setText("a note copied since")
    qtbot.waitUntil(lambda: not any(timer.isActive() for timer in panel.findChildren(QTimer)))  # it fired
    assert clipboard.text() == "a note copied since"  # only our own key is ever cleared


def test_strength_estimate_says_why() -> None:
    assert assess("lantern").level == TOO_SHORT
    assert assess("password2024").level == WEAK
    assert assess("Lantern123!").level == WEAK
    assert assess("abcdefghijkl").level == WEAK
    assert assess("river stone lantern").level == FAIR
    strong = assess("correct horse battery staple")
    assert strong.level == STRONG
    assert strong.words == 4
    assert "words" in strong.reason


# -- unlocking ---------------------------------------------------------------------------------------


def test_wrong_then_right_passphrase(qtbot, home: Path, recovery_key: str, opened) -> None:
    page = new_page(qtbot, home)
    form = page.unlock_form
    assert page.mode == UNLOCK
    assert form.profile_name.isVisible()
    assert not form.profile.isVisible()
    try_wrong(qtbot, page, "not my passphrase")
    assert form.message.text() == "That passphrase is not right for this profile."
    assert form.passphrase.selectedText() == "not my passphrase"  # ready to retype over
    store = unlock_through(qtbot, page, opened, PASSPHRASE)
    assert store.user == NAME
    assert form.passphrase.text() == ""
    failed = store._store.repos.audit.events(action=AuditAction.FAILED_UNLOCK)
    assert [e.detail for e in failed] == ["1 failed attempt(s) before unlock"]


def test_a_profile_open_in_another_window_is_named_so_and_opens_once_locked_there(
    qtbot, home: Path, recovery_key: str, opened
) -> None:
    other_app = spawn("hold", home, NAME, PASSPHRASE)
    assert other_app.stdout is not None
    assert other_app.stdout.readline() == "open\n"
    page = new_page(qtbot, home)
    form = page.unlock_form
    try_wrong(qtbot, page, PASSPHRASE)  # the right passphrase, but the profile is in use
    assert form.message.text() == (
        "This profile is open in another LEAD Desk window on this computer. Use that window, or lock "
        "the profile there first."
    )
    assert page.mode == UNLOCK
    other_app.communicate("lock\n", timeout=WORKER_MS / 1000)
    assert unlock_through(qtbot, page, opened, PASSPHRASE).user == NAME
    assert opened[0]._store.repos.audit.events(action=AuditAction.FAILED_UNLOCK) == []


def test_the_picker_chooses_among_several_profiles(qtbot, home: Path, recovery_key: str, opened) -> None:
    make_profile(home, OTHER, OTHER_PASSPHRASE)
    page = new_page(qtbot, home)
    form = page.unlock_form
    assert form.profile.isVisible()
    assert not form.profile_name.isVisible()
    assert [form.profile.itemText(i) for i in range(form.profile.count())] == [OTHER, NAME]
    form.profile.setCurrentText(NAME)
    try_wrong(qtbot, page, OTHER_PASSPHRASE)  # right passphrase, wrong profile
    assert "not right" in form.message.text()
    form.profile.setCurrentText(OTHER)
    assert form.message.text() == ""
    assert unlock_through(qtbot, page, opened, OTHER_PASSPHRASE).user == OTHER


def test_lock_out_counts_down_then_allows_a_try(
    qtbot, home: Path, recovery_key: str, opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "FIRST_WAIT_SECONDS", 2.0)  # the real rule, shorter
    page = new_page(qtbot, home)
    form = page.unlock_form
    for attempt in range(1, FREE_ATTEMPTS):
        try_wrong(qtbot, page, f"wrong guess {attempt}")
    assert "Tries left before a wait: 1." in form.message.text()
    try_wrong(qtbot, page, "wrong guess 5")
    assert form.message.text().startswith("That passphrase is not right")
    assert "Too many wrong attempts. You can try again in 0:02." in form.message.text()
    assert form.waiting
    assert not form.unlock.isEnabled()
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert not form.busy  # Enter does nothing during the wait

    again = new_page(qtbot, home)  # e.g. the app restarted: the wait is shown before any typing
    assert again.unlock_form.waiting
    assert "try again in 0:0" in again.unlock_form.message.text()

    qtbot.waitUntil(lambda: form.unlock.isEnabled(), timeout=5000)
    assert form.message.text() == "You can try again now."
    assert unlock_through(qtbot, page, opened, PASSPHRASE).user == NAME


def test_recovery_key_unlock(qtbot, home: Path, recovery_key: str, opened) -> None:
    page = new_page(qtbot, home)
    form = page.unlock_form
    qtbot.mouseClick(form.forgot, Qt.MouseButton.LeftButton)
    assert form.recovery.isVisible()
    assert not form.passphrase.isVisible()
    assert form.title.text() == "Unlock with your recovery key"

    qtbot.keyClicks(form.recovery, "ABCD-1234")
    qtbot.keyClick(form.recovery, Qt.Key.Key_Return)
    assert not form.busy
    assert "32 letters and digits" in form.message.text()
    try_wrong(qtbot, page, "-".join(["ABCD"] * 8))
    assert form.message.text() == "That recovery key is not right for this profile."

    form.recovery.clear()
    qtbot.keyClicks(form.recovery, recovery_key.lower().replace("-", " "))  # as typed from paper
    qtbot.keyClick(form.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mode == RECOVERED, timeout=WORKER_MS)
    card = page.new_passphrase
    assert form.recovery.text() == ""
    assert card.title.text() == "Choose a new passphrase"
    assert "Desk → Change passphrase" in card.not_now_note.text().replace(
        "\u00a0", " "
    )  # what "Not now" leaves them with
    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.mouseClick(card.not_now, Qt.MouseButton.LeftButton)
    store = blocker.args[0]
    opened.append(store)
    assert store._store.repos.audit.events(action=AuditAction.UNLOCK)[0].detail == "recovery key"
    assert not card.holds_recovery_key
    assert page.mode == UNLOCK
    store.close()  # locked, so the profile can be opened again
    assert open_profile_and_close(NAME, PASSPHRASE, home)  # not now: the old passphrase still opens it


def open_profile_and_close(
    name: str, passphrase: str | None, home: Path, recovery_key: str | None = None
) -> bool:
    open_profile(name, passphrase, recovery_key=recovery_key, home=home, kdf=FAST_FOR_TESTS).close(
        audit=False
    )
    return True


def recover(qtbot, page: UnlockPage, recovery_key: str) -> None:
    form = page.unlock_form
    qtbot.mouseClick(form.forgot, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.recovery, recovery_key)
    qtbot.keyClick(form.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mode == RECOVERED, timeout=WORKER_MS)


def test_recovery_key_then_a_new_passphrase(qtbot, home: Path, recovery_key: str, opened) -> None:
    page = new_page(qtbot, home)
    recover(qtbot, page, recovery_key)
    card = page.new_passphrase
    assert card.fields.passphrase.hasFocus()
    assert "Robin Ash" in card.intro.text()
    assert not card.set_passphrase.isEnabled()

    qtbot.keyClicks(card.fields.passphrase, "short one")
    assert "Too short" in card.fields.hint.label.text()
    card.fields.passphrase.clear()
    qtbot.keyClicks(card.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(card.fields.repeat, NEW_PASSPHRASE + "s")
    assert "not the same" in card.fields.mismatch.text()
    qtbot.keyClick(card.fields.repeat, Qt.Key.Key_Return)
    assert not card.busy  # Enter does nothing while the two differ
    qtbot.keyClick(card.fields.repeat, Qt.Key.Key_Backspace)
    assert card.set_passphrase.isEnabled()

    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.keyClick(card.fields.repeat, Qt.Key.Key_Return)
        assert card.busy  # Argon2 runs on the worker
        assert not card.not_now.isEnabled()
    store = blocker.args[0]
    opened.append(store)
    assert store.user == NAME
    assert (
        store._store.repos.audit.events(action=AuditAction.UNLOCK)[0].detail == "recovery key, new passphrase"
    )
    assert not card.holds_recovery_key  # used, so forgotten
    assert card.fields.text() == ""
    assert page.mode == UNLOCK
    store.close(audit=False)
    opened.remove(store)

    with pytest.raises(WrongPassphrase):
        open_profile(NAME, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert open_profile_and_close(NAME, NEW_PASSPHRASE, home)
    assert open_profile_and_close(NAME, None, home, recovery_key=recovery_key)


def test_setting_the_passphrase_during_a_wait_is_explained(
    qtbot, home: Path, recovery_key: str, opened
) -> None:
    page = new_page(qtbot, home)
    recover(qtbot, page, recovery_key)
    vault = Vault.load(profile_dir(NAME, home), kdf=FAST_FOR_TESTS)
    for attempt in range(FREE_ATTEMPTS):  # e.g. guesses in another window meanwhile
        with pytest.raises(WrongPassphrase):
            vault.unlock(f"wrong guess {attempt}")
    card = page.new_passphrase
    qtbot.keyClicks(card.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(card.fields.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(card.set_passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.busy, timeout=WORKER_MS)
    assert "Too many wrong attempts. You can try again in" in card.message.text()
    assert page.mode == RECOVERED
    assert card.holds_recovery_key  # not used yet: setting can be tried again after the wait

    with qtbot.waitSignal(page.unlocked, timeout=WORKER_MS) as blocker:
        qtbot.mouseClick(card.not_now, Qt.MouseButton.LeftButton)  # the key is already unwrapped
    opened.append(blocker.args[0])
    assert not card.holds_recovery_key


def test_a_recovery_key_refused_when_setting_goes_back_to_unlock(
    qtbot, home: Path, recovery_key: str
) -> None:
    page = new_page(qtbot, home)
    recover(qtbot, page, recovery_key)
    shutil.rmtree(profile_dir(NAME, home))  # the profile was replaced under the same name meanwhile
    make_profile(home)
    card = page.new_passphrase
    qtbot.keyClicks(card.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(card.fields.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(card.set_passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.mode == UNLOCK, timeout=WORKER_MS)
    form = page.unlock_form
    assert form.recovery_mode
    assert form.message.text() == "That recovery key is not right for this profile."
    assert not card.holds_recovery_key
    assert page.desk is None
    assert open_profile_and_close(NAME, PASSPHRASE, home)  # nothing was changed


def test_locking_forgets_a_recovery_key_not_yet_used(qtbot, home: Path, recovery_key: str) -> None:
    page = new_page(qtbot, home)
    recover(qtbot, page, recovery_key)
    qtbot.keyClicks(page.new_passphrase.fields.passphrase, NEW_PASSPHRASE)
    page.prepare(folder=profile_dir(NAME, home))
    assert page.mode == UNLOCK
    assert not page.new_passphrase.holds_recovery_key
    assert page.new_passphrase.fields.text() == ""


def test_damaged_files_are_explained_not_raised(qtbot, home: Path, recovery_key: str) -> None:
    make_profile(home, OTHER, OTHER_PASSPHRASE)
    (profile_dir(OTHER, home) / "vault.json").write_text("{ not json")
    database = profile_dir(NAME, home) / DB_FILE
    database.write_bytes(b"\0" * 8192)

    page = new_page(qtbot, home)
    form = page.unlock_form
    form.profile.setCurrentText(OTHER)
    assert "key file is damaged" in form.message.text()  # said on choosing it, before any typing
    try_wrong(qtbot, page, OTHER_PASSPHRASE)
    assert "key file is damaged" in form.message.text()

    form.profile.setCurrentText(NAME)
    try_wrong(qtbot, page, PASSPHRASE)  # the key is right, the database behind it is not
    assert "records could not be read" in form.message.text()
    assert page.mode == UNLOCK
    assert page.desk is None


def test_a_database_damaged_before_a_crash_is_explained_and_left_as_it_is(qtbot, home: Path) -> None:
    make_profile(home)
    created = open_profile(NAME, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    created.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    folder = created.db_path.parent
    crashed = home.parent / "crashed"
    shutil.copytree(folder, crashed)  # the files as a killed app leaves them, its log still there
    created.close()
    shutil.rmtree(folder)
    shutil.copytree(crashed, folder)
    database = folder / DB_FILE
    damaged = bytearray(database.read_bytes())
    damaged[4096 + 1000] ^= 0x08  # the second page
    database.write_bytes(bytes(damaged))
    files = {p.name: p.read_bytes() for p in folder.iterdir()}

    page = new_page(qtbot, home)
    try_wrong(qtbot, page, PASSPHRASE)  # the key is right; the check after the crash finds the damage

    form = page.unlock_form
    assert form.message.text() == (
        "LEAD Desk stopped unexpectedly last time, and this profile's records were found damaged. "
        "Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help."
    )
    assert page.desk is None
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files


# -- changing the passphrase -------------------------------------------------------------------------


def test_change_passphrase(qtbot, home: Path, recovery_key: str) -> None:
    dialog = ChangePassphraseDialog(
        profiles=Profiles(home=home, kdf=FAST_FOR_TESTS), folder=profile_dir(NAME, home), name=NAME
    )
    qtbot.addWidget(dialog)
    dialog.show()
    new = "copper meadow sparrow tide"
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter on an incomplete form neither submits nor cancels
    qtbot.keyClicks(dialog.current, "not the old one")
    qtbot.keyClicks(dialog.fields.passphrase, new)
    assert not dialog.change.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.fields.repeat, new)
    assert dialog.change.isEnabled()
    qtbot.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    assert dialog.busy
    dialog.reject()  # Esc while the vault is being rewritten does not close the dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_MS)
    assert dialog.message.text() == "The current passphrase is not right."

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClick(dialog.current, Qt.Key.Key_Return)  # Enter presses the default button
    qtbot.waitUntil(lambda: dialog.succeeded, timeout=WORKER_MS)
    assert "has been changed" in dialog.message.text()
    assert not dialog.change.isVisible()
    assert dialog.cancel.text() == "Close"

    with pytest.raises(WrongPassphrase):
        unlock_key(profile_dir(NAME, home), PASSPHRASE, kdf=FAST_FOR_TESTS)
    assert unlock_key(profile_dir(NAME, home), new, kdf=FAST_FOR_TESTS).method == "passphrase"
    assert (
        unlock_key(profile_dir(NAME, home), recovery_key=recovery_key, kdf=FAST_FOR_TESTS).method
        == "recovery key"
    )
