<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AddendaPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/addenda_panel.py" line="+51" />
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
            <location line="+6" />
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
            <location line="+9" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
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
        <name>AgendaReason</name>
        <message>
            <location filename="../../leaddesk/ui/conference_labels.py" line="+16" />
            <source>Court date in the next 14 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To coordinate with the prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not seen in 14 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added by the team</source>
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
            <source>Opening the file…</source>
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
            <location filename="../../leaddesk/ui/participant/attachments_tab.py" line="+81" />
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
            <location line="+42" />
            <source>“%1” could not be shown: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Add a file to this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+41" />
            <source>“%1” could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <source>“%1” is %2; a file can be at most %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The copy could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <source>Saved a copy to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-61" />
            <source>Adding “%1”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>A copy of “%1” leaves LEAD Desk as an ordinary, unencrypted file: it is a disclosure. Choose whom it is for and why; it is saved only if one of the participant's consents allows attached files to go to them for that purpose, and it is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>No copy was saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The disclosure was recorded, but the copy could not be put there: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The contents of this file have not reached this device yet; they come with a sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location filename="../../leaddesk/ui/unlock_card.py" line="+220" />
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
            <location filename="../../leaddesk/ui/caseload_model.py" line="+61" />
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
            <location line="+91" />
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
            <location filename="../../leaddesk/ui/caseload_page.py" line="+76" />
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
            <location line="+120" />
            <source>Not seen in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="-119" />
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
            <location line="+4" />
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
            <location line="+71" />
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
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+118" />
            <location line="+26" />
            <location line="+2" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
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
            <location line="+12" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
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
        <name>ChargeLevel</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+45" />
            <source>Felony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gross misdemeanor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Misdemeanor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Infraction or violation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConferenceAgenda</name>
        <message>
            <location filename="../../leaddesk/ui/conference_agenda.py" line="+20" />
            <source>%1. Participant %1 (%2) — without identifying details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1. %2 — born %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>prosecutor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>referred %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Case conference — %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(program staff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Attending</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConferencePage</name>
        <message>
            <location filename="../../leaddesk/ui/conference_page.py" line="+63" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Suggested participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add someone not suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add someone not suggested: type part of a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Attendee's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Build the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Print the agenda…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Finish the meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Suggested participants (tick who to discuss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Attending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Agenda, as the attendees see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Case conference — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Program staff</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+77" />
            <source>%n participant(s) left off: no consent covers every agency attending.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Print the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Case conference agenda, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The meeting is recorded: its decisions, tasks and disclosures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The meeting could not be saved (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConferenceWithoutConsent</name>
        <message>
            <location filename="../../leaddesk/ui/conference_labels.py" line="+3" />
            <source>Discussed without identifying details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Left off the agenda</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConferencesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/conferences_tab.py" line="+32" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why on the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Correct the decisions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>By name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Without identifying details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_fields.py" line="+56" />
            <source>Only if the form names it: without it, SUD notes, needs and services never leave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Choose a partner agency, or type the name on the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A partner agency from the program's list is matched exactly when something is disclosed; a typed name only to that same name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Tick every purpose the signed form allows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Tick each kind of information the signed form names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>None ticked: covers nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+91" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Signed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
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
            <location line="+3" />
            <source>&amp;Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>Allowed for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+5" />
            <source>%1
On the form: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Information named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Allowed &amp;for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The purpose in the words of the signed form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Informa&amp;tion named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
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
            <location line="+9" />
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
            <location line="+20" />
            <source>D&amp;isclose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A disclosure packet of what the consents allow a recipient to see</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;voke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record that the participant revoked the consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Disclosed to %1; the packet is at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>on: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: a partner agency (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: as typed on the form</source>
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
            <location filename="../../leaddesk/ui/labels.py" line="+87" />
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
            <location filename="../../leaddesk/ui/today_model.py" line="+134" />
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
            <location filename="../../leaddesk/ui/participant/note_form.py" line="+47" />
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
            <location line="+6" />
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
            <location line="+19" />
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
            <location line="-16" />
            <source>Linked contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Linked contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
        <name>DashboardCards</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_cards.py" line="+77" />
            <source>Caseload per case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not seen in 14 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral to engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contacts per participant per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needs opened and met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Housing at entry and now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Participants not seen in 14 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter or a double-click opens the participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Referrals counted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>by door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>by agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>by precinct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>by offence category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Open participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Standard caseload (%1–%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Maximum (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 (%2 of %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>In the caseload on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Above the maximum of %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No one is above the maximum of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Above their standard: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 referrals of %2 participants in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1–7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>8–30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Over 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not engaged yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Episodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>None of the %1 episodes referred in the period engaged by its end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Median %1 days to engagement (%2 of %3 engaged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Warm hand-off: %1 of %2 referrals, %3 within 30 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Intake deadline: %1 met, %2 missed, %3 still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Contacts per participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 contacts with the participants in the caseload each month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 needs still open or in progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>At entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 of %2 participants moved into permanent housing since entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 of the %2 participants expected to be seen, as of %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_page.py" line="+64" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Custom period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All my teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+154" />
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-153" />
            <location line="+151" />
            <source>Your own participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Dashboard status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Working out the figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working out the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>Working out the figures for %1 to %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>All your teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 · %2 · %3 to %4 · participants: %5 · in the caseload at the end: %6 · referrals: %7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The figures could not be worked out: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataCollectionStage</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+17" />
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Annual assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <location filename="../../leaddesk/ui/conference_decisions.py" line="+57" />
            <location line="+40" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>What the meeting decided for this participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+35" />
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-34" />
            <source>A task the decision becomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Tasks decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+18" />
            <source>Legal event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>Prosecutor coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Update legal event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Nothing more is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>no date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Task: %1 (%2), due %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Legal event → prosecutor coordination: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Delivery</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+41" />
            <source>Printed and handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A file (PDF or a saved copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email (sent outside LEAD Desk)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shown in person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Destination</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+70" />
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
            <source>Moved to HOPWA transitional housing</source>
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
            <source>Moved to HOPWA permanent housing</source>
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
            <source>Deceased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No exit interview completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/details_dialog.py" line="+51" />
            <source>Edit details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location line="+2" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>street names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Date of birth quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>Not recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Where usually found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>in their own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Veteran status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disabling condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Race and ethnicity (all that apply)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Race and ethnicity detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>as they describe it, e.g. a tribe or a country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
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
            <source>Date of birth &amp;quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Usually found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Race and ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity de&amp;tail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Veteran status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disa&amp;bling condition</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisabilityKind</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+59" />
            <source>Physical disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chronic health condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mental health disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Substance use disorder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosureDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosure_dialog.py" line="+81" />
            <source>Disclose under a consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>How it will be delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+144" />
            <source>Disclosure packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-143" />
            <source>What it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Packet for the review hearing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Write PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Write the packet as a PDF and record the disclosure in the accounting of disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The packet holds only what the participant's consents allow this recipient for this purpose today. The 42 CFR 2.32 notice is printed on every page and a copy of each consent relied on is attached. Writing it records the disclosure in the accounting of disclosures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delivered as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>W&amp;hat it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Included: %1 item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Included: %1 items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Withheld: %1 item, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Withheld: %1 items, and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No consent of this participant names a recipient: nothing may be disclosed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing may be disclosed to this recipient for this purpose; see why below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Write the disclosure packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>What the consents allow changed since the preview (a consent was edited, or came with a sync). Nothing was written; look at the preview again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Writing the packet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The disclosure was recorded, but the PDF could not be put at %1: %2. Write it again somewhere else; that is recorded as another disclosure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Nothing was written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The PDF could not be written at %1: %2. Nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosurePacket</name>
        <message>
            <location filename="../../leaddesk/ui/participant/packet_pdf.py" line="+40" />
            <source>substance use disorder answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Consent signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+27" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>Disclosed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disclosure from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy of the consent relied on (42 CFR 2.32(b))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Accounting of disclosures (42 CFR 2.25)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosurePreview</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosure_preview.py" line="+29" />
            <source>substance use disorder answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why it is withheld</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosurePurpose</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="-28" />
            <source>Treatment and case coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Criminal-justice coordination (42 CFR 2.35)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Payment and HMIS reporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other (as the form says)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosuresTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/disclosures_tab.py" line="+42" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Print accounting of disclosures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A PDF listing every disclosure, for the participant (42 CFR 2.25)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Disclosed to %1; the packet is at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Print accounting of disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <location line="+27" />
            <source>%1 disclosure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-27" />
            <location line="+27" />
            <source>%1 disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>The accounting of disclosures (%1) is at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The accounting could not be written at %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;isclose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing has been disclosed. Disclose… makes a packet of what the participant's consents allow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 · the latest on %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Disposition</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-79" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Convicted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Acquitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Diverted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DobDataQuality</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-83" />
            <source>Full date of birth reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approximate or partial date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueTasksModel</name>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="-93" />
            <location line="+76" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-75" />
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
            <location line="+65" />
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
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="+63" />
            <source>Eligibility screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The site's criteria: eligible when every requirement is answered yes and no exclusion is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source> (The site's criteria setting could not be read; these are the defaults.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
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
            <location line="+27" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <location line="+26" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <location line="+25" />
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
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
            <location line="+10" />
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
            <location line="+9" />
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
            <location line="+16" />
            <source>Screening &amp;notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Decision recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Answers saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
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
        <name>EmploymentType</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+76" />
            <source>Full-time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Part-time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Seasonal or sporadic (day labour too)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EpisodeDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/episode_dialog.py" line="+23" />
            <source>Correct episode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-27" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Entry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Choose where they went…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Exit reason detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>in a few words, without blame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;ntry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of &amp;engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit rea&amp;son</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason de&amp;tail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EpisodeHistory</name>
        <message>
            <location filename="../../leaddesk/ui/participant/episodes_view.py" line="+56" />
            <source>Episodes, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Engaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No episode recorded yet: change their status to start one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Correct episode…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Correct the chosen episode's dates or exit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExitReason</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+34" />
            <source>Moved away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completed their plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In residential treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Long jail or prison sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Died</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Out of contact for a long time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+79" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
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
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Beat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits from any source</source>
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
            <source>Information named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chronic health condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Meeting ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consents relied on</source>
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
            <source>Decisions</source>
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
            <source>How delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Detected at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Developmental disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disabling condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discloser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disposition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth quality</source>
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
            <source>Employed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type of employment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Engaged on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Entry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit reason detail</source>
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
            <source>Funding source</source>
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
            <source>HIV/AIDS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discussed by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Income from any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Income sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Health insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Health insurance from any source</source>
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
            <source>Items disclosed</source>
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
            <source>Legal events updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Long-term and impairing</source>
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
            <source>Meeting date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mental health disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why not employed</source>
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
            <source>Notice given</source>
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
            <source>Offence category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Officer's badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other benefit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other insurance</source>
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
            <source>Physical disability</source>
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
            <source>Precinct</source>
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
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor's decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prosecutor's note</source>
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
            <source>Purposes</source>
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
            <source>Why on the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Recipient agency</source>
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
            <source>Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referred at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-130" />
            <location line="+131" />
            <source>Referring agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-134" />
            <source>Accepted or declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accepted or declined on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Race and ethnicity detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+133" />
            <source>Referring officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Released at</source>
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
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Staff present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
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
            <source>Substance use disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tasks made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
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
            <source>Units</source>
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
            <source>Veteran status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warm handoff at</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../leaddesk/ui/form_dialog.py" line="+18" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
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
            <location filename="../../leaddesk/ui/participant/overview_dialogs.py" line="+106" />
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
            <location filename="../../leaddesk/ui/labels.py" line="-256" />
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
            <location filename="../../leaddesk/ui/participant/goals_model.py" line="+26" />
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
        <name>HealthInsurance</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-33" />
            <source>Medicaid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medicare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State Children's Health Insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>VA medical services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Employer-provided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>COBRA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Private pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State health insurance for adults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Indian Health Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HousingGroup</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+25" />
            <source>Homeless</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Institutional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Temporary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Permanent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not recorded</source>
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
        <name>IncomeSource</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-40" />
            <source>Earned income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unemployment insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Supplemental Security Income (SSI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Social Security Disability Insurance (SSDI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>VA service-connected disability compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>VA non-service-connected disability pension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Private disability insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Worker's compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>TANF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>General assistance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retirement income from Social Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Pension from a former job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Child support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alimony or other spousal support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other source</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InformationCategory</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+3" />
            <source>Demographics and contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Plan and needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case notes and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral and legal events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attached files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outcome snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Substance use disorder information (named explicitly)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LegalSource</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-31" />
            <source>Self-report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Court record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jail roster</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LegalTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="+54" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Jail days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Charge level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disposition</source>
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
            <location line="+16" />
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
            <location line="+4" />
            <source>&amp;Released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>At</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A booking's release; leave unticked while the person is still held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
            <location line="+12" />
            <source>Charge &amp;level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Dis&amp;position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Where the team learned of it: a court record outweighs a self-report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>still held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
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
            <location line="+10" />
            <source>%1 jail days over 1 booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 jail days over %2 bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> (%1 still held)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../../leaddesk/app.py" line="+217" />
            <source>Demo data: every person and record here is invented. Office server %1 on this computer; profile folder %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>(removed when the demo ends; --home DIR keeps one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>— The second window is the team's supervisor, %1: Dashboard (Ctrl+5) shows the whole team's figures, where a case manager's shows their own participants.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>— Open the same participant in both windows, change their phone with Edit details… (Ctrl+Shift+D) in each, press F5 in each, and open Sync (Ctrl+3) to settle the conflict side by side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This is a demo profile: its passphrase is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="+54" />
            <location line="+121" />
            <location line="+156" />
            <source>LEAD Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-212" />
            <source>&amp;Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
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
            <source>Case conference</source>
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
            <location line="+1" />
            <source>Dashboard</source>
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
            <location line="+32" />
            <source>LEAD Desk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The app is locked, but some unsaved text could not be kept: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>LEAD Desk — locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>IT has revoked this laptop's access. Removing LEAD Desk's data from it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
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
            <location filename="../../leaddesk/ui/labels.py" line="-62" />
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
            <location filename="../../leaddesk/ui/participant/needs_model.py" line="+63" />
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
            <location filename="../../leaddesk/ui/new_participant.py" line="+36" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>There is no team to add them to yet. Connect to the office first (Desk ▸ Connect to office…): the team comes from your enrolment, so their record can sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
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
            <location line="+2" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Referred on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
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
            <location line="+7" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
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
            <location line="+20" />
            <source>Date of birth: write it as YYYY-MM-DD, for example 1984-03-09.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="-130" />
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoYesReason</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-53" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NonCashBenefit</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+32" />
            <source>SNAP (food stamps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>WIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>TANF child care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>TANF transportation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other TANF-funded services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other source</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotEmployedReason</name>
        <message>
            <location line="+41" />
            <source>Looking for work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unable to work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not looking for work</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotSeenModel</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_model.py" line="+23" />
            <location filename="../../leaddesk/ui/today_model.py" line="+62" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Days since the last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Days since contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/dashboard_model.py" line="-25" />
            <location filename="../../leaddesk/ui/today_model.py" line="+1" />
            <source>Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>No case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location filename="../../leaddesk/ui/today_model.py" line="+18" />
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
            <location line="+69" />
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
            <location filename="../../leaddesk/ui/participant/notes_model.py" line="+29" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>%1 addenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
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
            <location line="+4" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/notes_tab.py" line="+54" />
            <location line="+1" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Start a new DAP note (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notes, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Select a note to read it, or start a new one (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+124" />
            <source>%n note(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>OptionalDate</name>
        <message>
            <location filename="../../leaddesk/ui/participant/op_dialog.py" line="+27" />
            <source>Known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>known</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeForm</name>
        <message>
            <location filename="../../leaddesk/ui/participant/outcome_form.py" line="+50" />
            <source>Outcome answers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomesTab</name>
        <message>
            <location line="+16" />
            <source>N&amp;otes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The day the answers are true of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Income sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Income from any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Non-cash &amp;benefits from any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Non-cash benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other benefit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Health insurance from any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/outcomes_tab.py" line="+58" />
            <source>Health insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Employed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Type of employment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Why not employed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>S&amp;ubstance use disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expected to be long-continued and to substantially impair living independently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Physical disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;velopmental disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Chronic health condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>HIV/&amp;AIDS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mental health disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Long-term and impairing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/outcomes_tab.py" line="-14" />
            <source>They exited on %1: take their exit snapshot now (Add), while answers are fresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Monthly income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Benefits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Employed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <location line="+7" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Developmental disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>HIV/AIDS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Outcome snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Edit outcome snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add outcome snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Answers as of the date below (HMIS asks them at entry, at each review and at exit). A new snapshot starts from the latest one: change only what changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No outcome snapshots yet. Take the first at entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 snapshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 · latest: %2, %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/overview.py" line="+126" />
            <source>Needs, most important to them first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The new order was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No needs recorded yet. Ask what matters most to them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
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
            <location line="+95" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-95" />
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
            <location line="-39" />
            <source>Needs — in their order of priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <source>Episodes in the program — newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Open needs first. Drag a row or use Move up / Move down to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+117" />
            <source>Intervention plan goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location line="+14" />
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
            <location line="-54" />
            <source>Intervention plan — their goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+109" />
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
            <location filename="../../leaddesk/ui/participant/header.py" line="+72" />
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
            <location line="+1" />
            <source>Edit details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Edit details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Change status…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Phone</source>
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
            <location line="+37" />
            <source>also known as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Phone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
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
            <location line="+8" />
            <source>%1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Current episode: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
            <location filename="../../leaddesk/ui/participant/page.py" line="+66" />
            <source>Disclose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclose under a consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A disclosure packet of what the participant's consents allow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Participant record sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Opening the record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opening the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>This participant is not on this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The record could not be opened.</source>
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
            <location filename="../../leaddesk/ui/profile_strength.py" line="+56" />
            <source>Too short: %1 of at least %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Weak: it is built on a well-known password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Weak: it follows a pattern (repeats, abc, 123 or qwerty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Weak: a single word, even with digits or symbols, is easy to guess; use three or four words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Weak: a short string is easy to guess; use three or four unrelated words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Fair: one more unrelated word would make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fair: a few more characters, or three or four words, would make it strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Strong: several unrelated words are hard to guess and easy to type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Strong: long and varied enough to be hard to guess.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PcgExports</name>
        <message>
            <location filename="../../leaddesk/ui/dashboard_exports.py" line="+34" />
            <source>Save PCG report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The report to the Policy Coordinating Group for this period and team, as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Save tables as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every table of the PCG report, each as a CSV file, in a new folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>PCG report %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save the PCG report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save the tables in a new folder inside…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Saving the PCG report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Saved to %1: counts only, every count under 11 shown as &lt;11, and nobody named. The export is recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The PCG report was not saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileCreateForm</name>
        <message>
            <location filename="../../leaddesk/ui/profile_create.py" line="+24" />
            <source>Create your profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Your profile keeps your caseload encrypted on this laptop. Only your passphrase, or the recovery key you will see next, can open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
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
            <location line="+12" />
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
            <location line="+58" />
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
        <name>ProjectType</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="+38" />
            <source>Street outreach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Services only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProsecutorDecision</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-105" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Declined to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filing deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filed, then diverted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filed</source>
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
            <location filename="../../leaddesk/ui/quick_capture.py" line="+58" />
            <location line="+248" />
            <source>Quick capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-229" />
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
            <location line="+5" />
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
            <location line="+6" />
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
            <location line="+27" />
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
            <location line="+43" />
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
            <location line="+23" />
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
            <location line="+63" />
            <source>Restored what you were writing before.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RaceEthnicity</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-20" />
            <source>American Indian, Alaska Native, or Indigenous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Asian or Asian American</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Black, African American, or African</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Hispanic/Latina/e/o</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Middle Eastern or North African</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Native Hawaiian or Pacific Islander</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>White</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReassignAction</name>
        <message>
            <location filename="../../leaddesk/ui/participant/reassign.py" line="+155" />
            <source>Reassign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reassign case manager or team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Change this participant's case manager or team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location line="-126" />
            <source>Reassign participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Why you cannot reassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
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
            <source>Caseload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>I confirm this assignment above the maximum, as supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Confirm above the maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Reassign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Case manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Record</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="+41" />
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
            <source>Outcome snapshot</source>
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
        <message>
            <location line="+1" />
            <source>Episode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Case conference</source>
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
            <source>an amount in dollars and cents, such as 12.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a whole number, such as 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>Problems with this form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
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
        <message>
            <location filename="../../leaddesk/ui/participant/casework_fields.py" line="+90" />
            <source>Type it in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>a month, e.g. 943.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: monthly amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>For another source: what it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other source: what it is</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTabs</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_fields.py" line="-103" />
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="-277" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Criminal justice (42 CFR 2.35)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/participant/consents_tab.py" line="+1" />
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
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+46" />
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
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+3" />
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
            <location filename="../../leaddesk/ui/participant/legal_tab.py" line="-186" />
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
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+46" />
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
            <location filename="../../leaddesk/ui/participant/screening_tab.py" line="-249" />
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
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="-22" />
            <source>Case management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../leaddesk/ui/participant/tabs.py" line="+36" />
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
            <source>Basic needs (other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Groceries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hygiene supplies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hotel or motel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Flexible funds</source>
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
            <location line="+2" />
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Referral &amp; eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disclosures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conferences</source>
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
            <location filename="../../leaddesk/ui/participant/records_model.py" line="+60" />
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
        <name>RecordText</name>
        <message>
            <location filename="../../leaddesk/ui/participant/record_text.py" line="+61" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <location filename="../../leaddesk/ui/participant/records_tab.py" line="+106" />
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
            <location line="+13" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Nothing recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
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
            <location line="+26" />
            <source>If you forget your passphrase, this key is the only way into your profile. It is shown only now: write it down or keep it in your organisation's password manager, away from this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
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
            <location line="+10" />
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
            <location line="+29" />
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
        <name>ReferralAcceptance</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="-9" />
            <source>Not decided yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralPanel</name>
        <message>
            <location filename="../../leaddesk/ui/participant/referral_panel.py" line="+8" />
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
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
            <location line="+3" />
            <source>Offence or reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warm hand-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sent to prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Intake deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-32" />
            <source>No referral recorded for this participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Precinct and beat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offence category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prosecutor's decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
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
            <location line="+23" />
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
            <location line="+12" />
            <source>Referring &amp;officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;gency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>O&amp;ffence or reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offence or probable cause; for a social contact, the concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Warm hand-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Happened at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Sent to prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+8" />
            <location line="+31" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Badge number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Agency as first &amp;written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Pre&amp;cinct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>B&amp;eat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offence &amp;category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Acce&amp;pted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Decided o&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
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
            <location line="+9" />
            <source>Prosecutor's &amp;decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No case went to a prosecutor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Prosecu&amp;tor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Prosecutor decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Prosecutor's no&amp;te</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source> (latest of %1 referrals)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1, badge %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location filename="../../leaddesk/ui/profile_passphrase.py" line="+154" />
            <source>Choose a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
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
            <location line="+24" />
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
            <location line="+33" />
            <source>That recovery key is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/consent_revoke.py" line="+28" />
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
            <location filename="../../leaddesk/ui/labels.py" line="-46" />
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
            <location filename="../../leaddesk/ui/search_page.py" line="+150" />
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
            <location line="+4" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+102" />
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
            <location filename="../../leaddesk/ui/search_model.py" line="+36" />
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
            <location filename="../../leaddesk/ui/participant/services_tab.py" line="+14" />
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
            <location line="+1" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
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
            <location line="+10" />
            <source>A&amp;mount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What it cost, e.g. 45.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nights, passes, hours…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Which funding paid for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 (%2 units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
        <message>
            <location line="+4" />
            <source>%1 spent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sex</name>
        <message>
            <location filename="../../leaddesk/ui/hmis_labels.py" line="-23" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data not collected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/share_dialog.py" line="+44" />
            <source>Disclose under a consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Continue…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No consent of this participant names a recipient: nothing may leave.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../leaddesk/ui/participant/status_dialog.py" line="+40" />
            <source>Change status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 since %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Current status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Date of engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Exit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Choose where they are going…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Exit reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Exit reason detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>in a few words, without blame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing else is needed for this step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date of &amp;engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exit &amp;reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason de&amp;tail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Referral date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Project</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthHint</name>
        <message>
            <location filename="../../leaddesk/ui/profile_strength.py" line="+34" />
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
        <name>SubstanceUseDisorder</name>
        <message>
            <location filename="../../leaddesk/ui/casework_labels.py" line="+80" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alcohol use disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drug use disorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Both alcohol and drug use disorders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Client doesn't know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client prefers not to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Data not collected</source>
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
            <location filename="../../leaddesk/ui/today_page.py" line="+95" />
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
            <location line="+10" />
            <source>Prepare a case conference…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ctrl+4: the agenda suggested from court dates, coordination and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
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
            <location filename="../../leaddesk/ui/unlock_form.py" line="+42" />
            <location line="+141" />
            <source>Unlock your profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-117" />
            <source>Lock notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
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
            <location line="+12" />
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
            <location line="+71" />
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
            <location line="+26" />
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
            <location filename="../../leaddesk/ui/unlock_card.py" line="-201" />
            <source>Too many wrong attempts. You can try again in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>That passphrase is not right for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This profile's key file is damaged, so the profile cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This profile's records could not be read: the database is damaged or belongs elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This profile could not be updated for this version of LEAD Desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>That profile is no longer on this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>There is already a profile called “%1” on this laptop, and names that differ only in accents, capitals or spaces are too easily confused. Add something to tell them apart, such as a middle name or an initial.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-23" />
            <source>A profile with that name already exists. Choose another name, or unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
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
            <location line="+13" />
            <source>The profile folder could not be read or written (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Something unexpected went wrong. Nothing was changed; the details are in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/unlock_page.py" line="+90" />
            <source>Locked at %1. Unlock to continue where you left off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Urgency</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="-51" />
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
        <name>WithheldReason</name>
        <message>
            <location filename="../../leaddesk/ui/disclosure_labels.py" line="+11" />
            <source>No consent for this recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent not yet signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purpose not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Information not named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>SUD information not named</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../leaddesk/ui/workspace.py" line="+71" />
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
            <source>Conference</source>
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
            <location line="+1" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
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
            <location filename="../../leaddesk/ui/sync/conflicts_model.py" line="+33" />
            <source>(empty)</source>
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
            <location line="+18" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location filename="../../leaddesk/ui/sync/history_model.py" line="+108" />
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
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="+142" />
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
            <location line="-55" />
            <source>(removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/conflicts_view.py" line="-92" />
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
            <location line="+45" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+85" />
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-84" />
            <location line="+84" />
            <source>Keep theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-80" />
            <source>This note is signed, so it keeps the text that was signed. The other text was written before the signature reached it; whoever wrote it can add it to the note as their own addendum if it is still needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Why this change was set aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
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
            <location line="+38" />
            <source>%1 — %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
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
            <location filename="../../leaddesk/ui/sync/connect_dialog.py" line="+43" />
            <source>Type the server's address as IT gave it, e.g. https://sync.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The address must start with https:// so that records travel encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <location line="+1" />
            <source>Connect to the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Your program's IT gives you the server's address and a one-time enrolment code for this laptop. Records stay encrypted here; only your team's records are ever synced to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+19" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <location line="+17" />
            <source>Enrolment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <location line="+16" />
            <source>This laptop's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
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
            <location line="+9" />
            <source>CA bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+2" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
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
            <location filename="../../leaddesk/ui/sync/coordinator.py" line="+79" />
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
            <location filename="../../leaddesk/ui/sync/history_model.py" line="-88" />
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
            <location line="+3" />
            <source>the office server refused this laptop's audit trail (changed or incomplete): records still sync, but tell your IT administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>the rest goes next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location line="+39" />
            <location filename="../../leaddesk/ui/sync/page.py" line="+65" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n record(s) changed here; %1 received in all</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>(not on this laptop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../leaddesk/ui/sync/page.py" line="-14" />
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
            <location line="+22" />
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
            <location line="-28" />
            <location line="+45" />
            <source>Recent syncs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
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
            <location line="-80" />
            <source>Sync details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
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
            <location filename="../../leaddesk/ui/sync/wording.py" line="+29" />
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
