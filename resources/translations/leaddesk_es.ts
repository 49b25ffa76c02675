<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AddendaPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/addenda_panel.py" line="+37" />
            <source>Addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add addendum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add an addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Correct or add to this signed note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Addendum text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The correction or addition, signed with your name when saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Save addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save and sign the addendum (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Addenda (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Write the addendum first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <location filename="../../leaddesk/ui/participant/attachment_viewer.py" line="+65" />
            <source>File shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save a copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save a copy outside the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export an unencrypted copy of this file; recorded in the audit log (Alt+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Viewer message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>No file selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select a file in the list to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>This file type cannot be shown here. “Save a copy…” exports it, if you need to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This file could not be read; it may be damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The contents of this file have not reached this device yet; they come with a sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/attachments_tab.py" line="+55" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What this file is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Add a file to this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+20" />
            <source>“%1” could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <source>“%1” is %2; a file can be at most %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Save a copy outside LEAD Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The copy will be an ordinary, unencrypted file: anyone who can open that folder can read it. Saving it is recorded in the audit log.

Save a copy of “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The copy could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved a copy to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Add file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rename or describe the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No files attached. Add an ID scan, a court letter or a form with “Add file…” (Alt+A).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Delete “%1” from this record? It disappears on every device after the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>kept encrypted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BusyIndicator</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="+212" />
            <source>Working</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Card</name>
        <message>
            <location line="-84" />
            <source>LEAD Desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../leaddesk/ui/caseload_model.py" line="+65" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next task due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+139" />
            <source>Also known as: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No contact recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Not seen for %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <location filename="../../leaddesk/ui/caseload_page.py" line="+73" />
            <location line="+1" />
            <source>Find by name or alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type part of a name or alias; Enter opens the first match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Whose participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>My team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+124" />
            <source>Not seen in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="-123" />
            <source>Overdue contact only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show only participants with no contact in that many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Caseload count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>You have no participants yet, so no team is known</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+76" />
            <source>not seen in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n participant(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+120" />
            <location line="+15" />
            <location line="+2" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Profile: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Repeat new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The new passphrase is the same as the current one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Changing the passphrase… this takes a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+1" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your passphrase has been changed. Use the new one the next time you unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The current passphrase is not right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+86" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Who may &amp;disclose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Program or person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Specifically what may be shared, e.g. attendance at treatment and progress in LEAD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Describe the information specifically; “any and all records” is not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Person or organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>On a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Or on this e&amp;vent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Final disposition of the case or exit from LEAD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Irrevocable &amp;until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Has an irrevocable period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only a criminal-justice consent (42 CFR 2.35) may be irrevocable for a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Right &amp;to revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Re&amp;voke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record that the participant revoked the consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>on: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Revoked on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expired after %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Valid from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Active; cannot be revoked before %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record a signed consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Correct what was copied from the signed form. To end the consent, use Revoke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Copy each element from the signed form (42 CFR 2.31). Describe the information specifically, and give an expiry date, an expiry event, or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No consents recorded. Nothing may be disclosed without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 active of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>an active criminal-justice consent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactKind</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+67" />
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shelter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/contacts_tab.py" line="+52" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Staff present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 3rd &amp; Pine, under the bridge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Staff present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Everyone from the team who was there, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What came of it: needs met, next steps, follow-up agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No contacts recorded yet. Add one with “Add contact…” (Alt+A).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Delete the contact of %1? It disappears from this record on every device after the next sync; the audit trail keeps that it was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 case note was written about this contact; it stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 case notes were written about this contact; they stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 in the last 30 days (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>none in the last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>last %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourtDatesModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="+137" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DapForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/note_form.py" line="+33" />
            <source>Note state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Da&amp;ta — what was seen and said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Assessment — what it means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Plan — what happens next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Sensitive SUD information (42 CFR Part 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed only under a valid Part 2 consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Linked contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Linked contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Discard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Throw away what has not been saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save without signing (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueTasksModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="-94" />
            <location line="+78" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EligibilityPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="+60" />
            <source>Eligibility screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The site's criteria: eligible when every requirement is answered yes and no exclusion is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> (The site's criteria setting could not be read; these are the defaults.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <location line="+22" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-21" />
            <location line="+21" />
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-20" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Excludes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Must be yes to be eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A yes makes the person not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Notes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Decision from these answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Recorded decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Screening notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Screening notes (who was consulted, what was checked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep the answers without recording a decision (Alt+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Record &amp;decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Screening &amp;notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Decision recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Answers saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Decision from these answers: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Record this decision as yours, now (Alt+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Answer every question before recording a decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No decision recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Recorded: %1 — by %2 on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> · the answers no longer give this decision; record it again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+51" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Created at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Created by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decided at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Detected at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discloser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Effective on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Engaged on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exited on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expiry event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Intake deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Irrevocable until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Is referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kept by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kept stamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kept value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Media type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Occurred at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other stamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participant ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referred at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referring agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referring officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolved at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revocation right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sensitive SUD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sent to prosecutor on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Staff present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Updated at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Usual locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warm handoff at</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormMessage</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="+114" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="+135" />
            <source>Edit plan goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a plan goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Goal in the participant's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Has a target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Steps, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>One step per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;teps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalStatus</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-165" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set aside</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/goals_model.py" line="+31" />
            <source>Goal (in their words)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HousingTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/housing_tab.py" line="+68" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Living situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>HMIS code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Homeless</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Living situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose the living situation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Where exactly, with whom, how long it is likely to last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Record a change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Housing history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit housing notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record a change of housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The date and living situation of an entry stay as recorded; if they were wrong, record the change as a new entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A new entry; the earlier ones stay in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No housing situation recorded yet. Use “Record a change…” (Alt+R).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Now: %1, since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 entry in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 entries in the history</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LegalTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="+49" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prosecutor coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose what happened…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>For a court date: when the hearing is scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Case number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ourt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Court and courtroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Charge, hearing type, conditions, outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Prosecutor coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Add event or court date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Legal events and court dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit legal event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add legal event or court date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No legal events recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No upcoming court dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>in %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Upcoming court dates: %1 (shown first, in bold) · next %2, %3%4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../leaddesk/app.py" line="+186" />
            <source>Demo data: every person and record here is invented. Office server %1 on this computer; profile folder %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>(removed when the demo ends; --home DIR keeps one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>— Change the same participant's phone in both windows, press F5 in each, and open Sync (Ctrl+3) to see the conflict side by side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is a demo profile: its passphrase is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="+62" />
            <location line="+121" />
            <location line="+154" />
            <source>LEAD Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-212" />
            <source>&amp;Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Quick capture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sync panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connect to office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>LEAD Desk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The app is locked, but some unsaved text could not be kept: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>LEAD Desk — locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>IT has revoked this laptop's access. Removing LEAD Desk's data from it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This laptop was reported lost or stolen to your program's IT, so everything LEAD Desk held on it for “%1” has been deleted. Your team's records are safe on the office server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This laptop was retired by your program's IT. Its unsent work was sent to the office first, then LEAD Desk's data for “%1” was deleted from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This laptop was retired by your program's IT, but its unsent work could not be sent yet: %1 Nothing was deleted. Unlock “%2” when you are back online to send it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="-51" />
            <source>Edit need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What is needed, as they put it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;escription</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedDomain</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-32" />
            <source>Housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Food</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ID documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SUD treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>MAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Physical health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedStatus</name>
        <message>
            <location line="+9" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No longer needed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NeedsModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/needs_model.py" line="+47" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewParticipantDialog</name>
        <message>
            <location filename="../../leaddesk/ui/new_participant.py" line="+37" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>what they like to be called</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>street names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>YYYY-MM-DD, if known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preferred name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Create and open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Date of birth: write it as YYYY-MM-DD, for example 1984-03-09.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="-118" />
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotSeenModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="+64" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days since contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../leaddesk/ui/participant/note_editor.py" line="+112" />
            <source>This note was signed before your changes were saved; they are below as an addendum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>New note — not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Draft note of %1 by %2 — not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Note of %1 — signed by %2 on %3 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Restored unsaved text from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Write something under Data, Assessment or Plan first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Saved at %1. Not signed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sign this note?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed notes cannot be changed; corrections are addenda.

Sign this note now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>An empty note cannot be signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The text that has not been saved will be lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteItemDelegate</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_timeline.py" line="+59" />
            <source>%1 addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1 addendum</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_model.py" line="+34" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>%1 addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Part 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_tab.py" line="+36" />
            <location line="+1" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start a new DAP note (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Notes, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Select a note to read it, or start a new one (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+136" />
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview.py" line="+87" />
            <source>Needs, most important to them first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The new order was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No needs recorded yet. Ask what matters most to them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add need…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+85" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-85" />
            <source>Edit the selected need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected need (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Move need up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Move need down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Needs — in their order of priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open needs first. Drag a row or use Move up / Move down to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Intervention plan goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Add goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a plan goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit the selected goal (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add progress to the selected goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The goal in their words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Progress log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Intervention plan — their goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>No plan goals yet. Add a goal in their own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select a goal to see its steps and progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No steps written down yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Steps:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No progress recorded yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantHeader</name>
        <message>
            <location filename="../../leaddesk/ui/participant/header.py" line="+110" />
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back to the list (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Participant name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Criminal-justice consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Sensitive SUD notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Some notes hold 42 CFR Part 2 information: disclose only under consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Upcoming court date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>also known as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Team: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Case manager: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>CJ consent active until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A criminal-justice consent (42 CFR 2.35) is in force until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Court date %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Last contact: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last contact: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No contact for too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Seen recently</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantPage</name>
        <message>
            <location filename="../../leaddesk/ui/participant/page.py" line="+53" />
            <source>Participant record sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantStatus</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-34" />
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Engaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In the wind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../../leaddesk/ui/profile_strength.py" line="+60" />
            <source>Too short: %1 of at least %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Weak: it is built on a well-known password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Weak: it follows a pattern (repeats, abc, 123 or qwerty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Weak: a single word, even with digits or symbols, is easy to guess; use three or four words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Weak: a short string is easy to guess; use three or four unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Fair: one more unrelated word would make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fair: a few more characters, or three or four words, would make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Strong: several unrelated words are hard to guess and easy to type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Strong: long and varied enough to be hard to guess.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileCreateForm</name>
        <message>
            <location filename="../../leaddesk/ui/profile_create.py" line="+30" />
            <source>Create your profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Your profile keeps your caseload encrypted on this laptop. Only your passphrase, or the recovery key you will see next, can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>e.g. Casey Morgan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Repeat passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Create profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create the profile (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back to unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unlock an existing profile instead (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Creating your profile… this takes a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="+56" />
            <source>Add progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A step taken, however small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCaptureDialog</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+50" />
            <source>street contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>office contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>phone contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>court contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>jail contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>hospital contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>shelter contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/quick_capture.py" line="+66" />
            <location line="+237" />
            <source>Quick capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-232" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type part of a name or alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Matching participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Chosen participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Contact kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type the first letter to choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>where you met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What happened, in a few words (saved as the note's Data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the contact and its note (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;lace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>No participant matches “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Choose who this was with: type part of a name and pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Write a few words about the contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>When: the contact cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Saved: %1 with %2, %n minute(s), and its note.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Discard what you wrote?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Restored what you were writing before.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Record</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+21" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Housing status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/form_fields.py" line="+111" />
            <location line="+42" />
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/record_forms.py" line="+42" />
            <source>That could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>this is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>too long (at most %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>must be at least %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>must be at most %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Problems with this form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save (Enter; Ctrl+Enter from a text box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTabs</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="-212" />
            <location line="+4" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Criminal justice (42 CFR 2.35)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Criminal justice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not yet valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/contacts_tab.py" line="-113" />
            <source>Street / outreach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shelter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/housing_tab.py" line="-126" />
            <source>Place not meant for habitation (street, car, park)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Emergency shelter (incl. motel paid by a voucher)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Safe Haven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Foster care home or group home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hospital or other medical facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jail, prison or juvenile detention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Long-term care facility or nursing home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Psychiatric hospital or facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Substance use treatment facility or detox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Transitional housing for homeless persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Residential project or halfway house (no homeless criteria)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Hotel or motel paid without a voucher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Host home (non-crisis)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Staying with family (temporary)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Staying with friends (temporary)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Living with family (permanent tenure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Living with friends (permanent tenure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rental, with ongoing housing subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rental, no ongoing subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Owned, no ongoing subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Owned, with ongoing subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+33" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participant doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Participant prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="-118" />
            <source>Arrest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Citation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To coordinate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sent to prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Coordinated with the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor declined to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+39" />
            <source>Arrest diversion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Social contact referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Community referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="-222" />
            <source>Pending — some answers are not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="-15" />
            <source>Case management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/tabs.py" line="+28" />
            <source>Housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medical care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mental health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Substance use treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recovery support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medication for addiction treatment (MAT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Naloxone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nutritional counseling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Psychological counseling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Employment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Training and education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Civil legal help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>System navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Basic needs (food, hygiene, clothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/tabs.py" line="-3" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Services &amp; referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp; court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Referral &amp; eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/records_model.py" line="+69" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/records_tab.py" line="+88" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>or Enter, or double-click a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>or the Delete key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Nothing recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete this record? It disappears from this participant's record on every device after the next sync; the audit trail keeps that it was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../leaddesk/ui/profile_recovery_key.py" line="+40" />
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>If you forget your passphrase, this key is the only way into your profile. It is shown only now: write it down or keep it in your organisation's password manager, away from this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy the key; the clipboard is emptied again after a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>I have stored it somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>I have stored the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open your profile (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Copied. The clipboard will be emptied at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The clipboard has been emptied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+10" />
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offence or reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warm hand-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sent to prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Intake deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No referral recorded for this participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Edit referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Record referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Alt+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Alt+R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Edit referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose how the person came in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Referred &amp;at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Referring &amp;officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name, badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;gency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>O&amp;ffence or reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offence or probable cause; for a social contact, the concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Warm hand-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Happened at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Sent to prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Intake deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Set by the site; %1 days from the referral by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source> (latest of %1 referrals)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2 after the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> (the aim is within %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 — engaged on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2 days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 — today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 — passed %2 days ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPassphraseCard</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+142" />
            <source>Choose a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Repeat new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Set passphrase and open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use the new passphrase from now on and open the profile (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the profile and keep the current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>You opened “%1” with its recovery key. Choose a new passphrase to unlock with from now on. Your records stay as they are, and the recovery key keeps working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not now keeps your current passphrase. Once you remember it, you can choose a new one under %1. Until then keep the recovery key at hand; it opens this profile each time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Desk → Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Setting the new passphrase… this takes a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>That recovery key is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+212" />
            <source>Revoke consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Revoke the consent to disclose to %1? From that day nothing more may be disclosed under it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Why it was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Revoked &amp;on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-31" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../leaddesk/ui/search_page.py" line="+112" />
            <source>Search names, aliases and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search names, aliases and notes (Ctrl+F); Enter goes to the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search participants' names and aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search notes and addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Result count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Type a name, an alias or words from a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tick Names or Notes to search them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No matches.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>More than %n result(s), best first</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../leaddesk/ui/search_model.py" line="+40" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Found in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Written</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServicesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+12" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral or delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Referral or delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Delivered by our team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral made to another provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Agency or clinic, and a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. intake booked for Tuesday; declined; delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add service or referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Services and referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Edit service or referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add service or referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No services or referrals recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 service delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 services delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 referral made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 referrals made</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../leaddesk/ui/profile_strength.py" line="+35" />
            <location line="+3" />
            <source>Passphrase strength</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>At least %n characters. A few unrelated words are easy to type and hard to guess.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Length %1 · words %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TasksTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/tasks_tab.py" line="+30" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Call the ID office about the birth certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>D&amp;ue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Has a due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who will do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>D&amp;one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This task is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>%1 — overdue by %2 d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Add task…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No tasks. Add a follow-up with “Add task…” (Alt+A).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Delete the task “%1”? If it was done, tick it instead so the work is counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 open · %2 done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 overdue (in bold)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../leaddesk/ui/today_page.py" line="+75" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Tasks due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No open tasks are due today or overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Space ticks a task done; Enter opens the participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Court dates</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>No court dates in the next %n day(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Everyone has been seen recently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Today — %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Tasks due today or overdue (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Court dates in the next %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Your participants not seen in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Participants not seen in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source> — showing the first %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_form.py" line="+48" />
            <location line="+121" />
            <source>Unlock your profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-107" />
            <source>Lock notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <location line="+12" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <location line="+10" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Press Enter to unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unlock (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create another profile on this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>Use the passphrase instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Forgot passphrase? Use recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unlock with your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Opening your profile… this takes a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>A recovery key has 32 letters and digits, in 8 groups of 4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Type your passphrase, then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>That recovery key is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That passphrase is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Tries left before a wait: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>You can try again now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../leaddesk/ui/unlock_card.py" line="-194" />
            <source>Too many wrong attempts. You can try again in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>That passphrase is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This profile's key file is damaged, so the profile cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This profile's records could not be read: the database is damaged or belongs elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This profile could not be updated for this version of LEAD Desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That profile is no longer on this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>There is already a profile called “%1” on this laptop, and names that differ only in accents, capitals or spaces are too easily confused. Add something to tell them apart, such as a middle name or an initial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>A profile with that name already exists. Choose another name, or unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>That name cannot be used for a profile: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The passphrase needs at least %n characters.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The profile folder could not be read or written (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Something unexpected went wrong. Nothing was changed; the details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/unlock_page.py" line="+98" />
            <source>Locked at %1. Unlock to continue where you left off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Urgency</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-42" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Acute</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../leaddesk/ui/workspace.py" line="+64" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>The participant you had open is no longer shared with your team; they were removed from this laptop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_SavingDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="-116" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <location filename="../../leaddesk/ui/display.py" line="+49" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+6" />
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>is too long (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Something went wrong and nothing was saved. (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <location filename="../../leaddesk/ui/sync/conflicts_model.py" line="+60" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location filename="../../leaddesk/ui/sync/history_model.py" line="+111" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/history_model.py" line="+1" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="+96" />
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="+1" />
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>(removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="-57" />
            <source>%1 value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1, written by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>in force now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No conflicts. When two people change the same thing before either has synced, both values appear here side by side and you choose which one is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+108" />
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-107" />
            <location line="+107" />
            <source>Keep theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>This note is signed, so it keeps the text that was signed. The other text was written before the signature reached it; whoever wrote it can add it to the note as their own addendum if it is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Why this change was set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The right value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Or type the right value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Use this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>%1 — %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Merged with a change made elsewhere, this change would break a rule of the record (%1). It was set aside whole: keep the record as it is, or apply the set-aside change (correct the record first if the rule still stands in its way).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Keep as signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add as my addendum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/connect_dialog.py" line="+44" />
            <source>Type the server's address as IT gave it, e.g. https://sync.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The address must start with https:// so that records travel encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <location line="+1" />
            <source>Connect to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Your program's IT gives you the server's address and a one-time enrolment code for this laptop. Records stay encrypted here; only your team's records are ever synced to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+20" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <location line="+18" />
            <source>Enrolment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>This laptop's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>How IT sees this laptop in its device list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Optional: the organisation's CA certificates (.pem)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CA bundle file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a CA bundle file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>CA bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The organisation's CA bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The CA bundle file cannot be found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/coordinator.py" line="+83" />
            <source>Disconnect this laptop from the office server? Its records stay here, encrypted, and you can connect again later with a new code from IT.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Not sent yet: %n change(s). They stay on this laptop and go up once it is connected again.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Disconnect this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>The office server asks to remove %1 of the %2 participants on this laptop, for example after a change of teams. Nothing has been removed yet. Participants with unsent work are kept until it has gone up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Remove participants from this laptop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove them and sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/history_model.py" line="-86" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Synced</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n conflict(s) found</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n participant(s) left this laptop</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n kept here for unsent work</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) moved</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>the rest goes next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Came down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <location filename="../../leaddesk/ui/sync/page.py" line="+134" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-46" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n record(s) changed here; %1 received in all</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>(not on this laptop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/page.py" line="-84" />
            <source>Sync with the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+92" />
            <source>Sync state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+49" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+4" />
            <source>Send and fetch changes now (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="-44" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+3" />
            <source>Stop after the current step; what has been sent stays sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="+37" />
            <source>Connect to office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enrol this laptop with a code from IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Disconnect this laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop syncing; the records stay on this laptop, encrypted, with any unsent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location line="+44" />
            <source>Recent syncs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>Changes the server refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The server would not store these changes, for the reason shown, so they were undone on this laptop. They are kept here so nothing is lost: re-apply one once what stood in its way is put right, or dismiss it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Dismiss selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>I have dealt with this refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Re-apply selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make this refused change again, as a new edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Sync details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>This laptop is not connected to an office server. Everything is kept here, encrypted; connect with the address and enrolment code IT gives you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>no team yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Syncing with %1 as %2 (%3; teams: %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Conflicts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refused (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/status_bar.py" line="-105" />
            <source>last synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Offline — not connected to a server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Offline — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync failed — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This laptop was revoked by IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Synced at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connected — not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n conflict(s) to resolve</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Syncing… sent %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sent %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>received %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Syncing… %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Sync progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel the sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Connect this laptop to the office server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/wording.py" line="+27" />
            <source>The server's security certificate is not trusted by this laptop. If your organisation uses its own certificates, ask IT for its CA bundle and choose it when connecting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The office server cannot be reached. Your work is kept here and goes up later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This enrolment code has expired. Ask IT for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This enrolment code is not known or has been used already. Check it for typing mistakes, or ask IT for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The office server no longer recognises this laptop. Connect it again with a new code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This laptop is not connected to an office server yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The office server's answer could not be understood; the app may need an update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The office server has a problem right now. Your work is kept here; try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The office server refused the sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sync stopped with an unexpected error (%1). Your work is kept here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>nothing waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n change(s) waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
