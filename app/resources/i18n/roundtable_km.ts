<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="16"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="17"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="18"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="19"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="31"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="32"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="33"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="35"/>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="81"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <location filename="../../ui/screens/actions.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="47"/>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="48"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="49"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="50"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="51"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="52"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="56"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="59"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="62"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="64"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="65"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="66"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="67"/>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="71"/>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="78"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="79"/>
        <source>Carry open items to next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="80"/>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="81"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="82"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="144"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="146"/>
        <source>Any organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/actions.py" line="187"/>
        <source>%n action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/actions.py" line="189"/>
        <source>%n overdue among those shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="204"/>
        <source>Select the action items to mark done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/actions.py" line="206"/>
        <source>Mark %n action item(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/actions.py" line="223"/>
        <source>Select an action item of the meeting to carry from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/actions.py" line="228"/>
        <source>Carry %n item(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/actions.py" line="235"/>
        <source>%n open item(s) carried to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../ui/meeting/actions.py" line="82"/>
        <source>New action item… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="88"/>
        <source>Owner of the new item; with an item selected, &apos;Set owner&apos; changes its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="93"/>
        <source>Due YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="103"/>
        <source>Set owner of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="103"/>
        <source>Pick the owner of the selected action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="106"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="106"/>
        <source>Remove the selected action item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/actions.py" line="141"/>
        <source>{n} action items, {o} overdue (shown in red)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/meeting/attachment_viewer.py" line="29"/>
        <location filename="../../ui/meeting/attachment_viewer.py" line="85"/>
        <source>Select an attachment to view it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachment_viewer.py" line="79"/>
        <source>This kind of file cannot be shown here. Use “Save a copy as…” to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="161"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="161"/>
        <source>Store a file inside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="164"/>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="165"/>
        <source>Write an unencrypted copy of the selected file (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="168"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="168"/>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="215"/>
        <source>This file is too large to show here. Use “Save a copy as…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="218"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="281"/>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="283"/>
        <source>The copy of “{name}” will be written to {folder} WITHOUT encryption. Anyone with access to this computer or disk can read it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="303"/>
        <source>Remove the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="304"/>
        <source>“{name}” will be removed from the vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="332"/>
        <source>Add a file to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attachments.py" line="342"/>
        <source>Save an unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="94"/>
        <source>Type part of a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="99"/>
        <source>Role in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="100"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="100"/>
        <source>Remove the selected attendee (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="106"/>
        <source>Same as previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="107"/>
        <source>Add everyone who attended the previous session, with their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="115"/>
        <source>Not in the directory yet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="120"/>
        <source>New person&apos;s name — Enter adds them and marks them present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="130"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="130"/>
        <source>Add to the directory and mark present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="143"/>
        <source>New organisation&apos;s name (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="147"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/attendance.py" line="167"/>
        <source>Add a day or session first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ui/gate/create_page.py" line="35"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="41"/>
        <source>e.g. Land Rights Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="44"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="46"/>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="63"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="65"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="68"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="69"/>
        <source>Vault folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="70"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="71"/>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="117"/>
        <source>Please enter your organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="121"/>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/create_page.py" line="125"/>
        <source>Please choose a stronger passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="67"/>
        <source>New decision, result or lesson… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="70"/>
        <source>The session it came from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="75"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="76"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="77"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="77"/>
        <source>Remove the selected one (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/decisions.py" line="96"/>
        <source>Whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../ui/models/directory.py" line="15"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="16"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="17"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="18"/>
        <source>Undisclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="19"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="43"/>
        <location filename="../../ui/models/directory.py" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="44"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="45"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="46"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="72"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="81"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="82"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="83"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/directory.py" line="84"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <location filename="../../ui/screens/directory.py" line="87"/>
        <source>Filter people by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="93"/>
        <source>Attendance history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="99"/>
        <source>Attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="105"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="108"/>
        <source>Filter organisations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="115"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="119"/>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="125"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="191"/>
        <source>Anonymous: never named outside this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="193"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="194"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="195"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="196"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="201"/>
        <source>Contact details recorded (open Edit to see them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="214"/>
        <source>No recorded attendance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <location filename="../../ui/meeting/link_list.py" line="36"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/link_list.py" line="36"/>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>This folder does not hold a Roundtable vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Lock and &amp;hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../ui/meeting/workspace.py" line="69"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/workspace.py" line="71"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/workspace.py" line="235"/>
        <source>(sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/models/meetings.py" line="13"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="14"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="15"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="26"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="27"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="28"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meetings.py" line="30"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../ui/screens/meetings.py" line="35"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="37"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="41"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="45"/>
        <source>Filter by title or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="47"/>
        <location filename="../../ui/screens/meetings.py" line="148"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="97"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="99"/>
        <source>All series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/meetings.py" line="138"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/meetings.py" line="140"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="14"/>
        <source>Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="63"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="81"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="102"/>
        <source>New agenda item… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="105"/>
        <source>Move the agenda item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="106"/>
        <source>Move the agenda item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="107"/>
        <location filename="../../ui/meeting/minutes.py" line="193"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="107"/>
        <source>Remove the agenda item and its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="113"/>
        <source>Themes of the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="120"/>
        <source>Delete removes the selected theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="125"/>
        <source>Add a theme (Enter; new names create a theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="136"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="155"/>
        <source>Alt+Up/Alt+Down move · Delete removes · F2 edits · {speaker} speaker · {confidential} confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="165"/>
        <source>Speaker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="166"/>
        <source>Speaker of the entry ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="169"/>
        <source>Speaker of the next entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="170"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="172"/>
        <source>Left out of reports for partners and the public ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="184"/>
        <source>Type the minute entry; Enter saves it and starts the next (Shift+Enter: new line; {speaker}: speaker; {confidential}: confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="191"/>
        <source>Move the entry up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="192"/>
        <source>Move the entry down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="193"/>
        <source>Remove the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/minutes.py" line="450"/>
        <source>Speaker: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="19"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="35"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="35"/>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="48"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="49"/>
        <source>Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="50"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="51"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="52"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/organisation_dialog.py" line="90"/>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/meeting/overview.py" line="71"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="72"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="75"/>
        <source>The series this meeting belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="78"/>
        <source>New series… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="83"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="89"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="92"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="97"/>
        <source>Sensitive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="99"/>
        <source>Mark the location as sensitive: reports for partners leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="105"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="106"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="119"/>
        <source>Cl&amp;assification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="120"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="124"/>
        <source>Activities &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="125"/>
        <source>General &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="132"/>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="134"/>
        <source>Add an organiser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="140"/>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="142"/>
        <source>Add a contact person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="175"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="186"/>
        <source>New objective… (Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="189"/>
        <source>Move the objective up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="190"/>
        <source>Move the objective down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="191"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="191"/>
        <source>Remove the selected objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/overview.py" line="205"/>
        <source>(no series)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="36"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="36"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="39"/>
        <source>Used instead of the name in shared reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="42"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="46"/>
        <source>Anonymous: never named outside this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="50"/>
        <source>Show contact details (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="57"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="58"/>
        <source>Code name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="59"/>
        <source>Role or title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="60"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="61"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="63"/>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="65"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/person_dialog.py" line="118"/>
        <source>A name is needed (or a description if anonymous).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/meeting/programme.py" line="94"/>
        <source>Add day/session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="94"/>
        <source>Add a session after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="97"/>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="98"/>
        <source>Remove the selected session with its attendance and minutes (undo: Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="105"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="113"/>
        <source>Selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="124"/>
        <source>Date, time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="125"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="126"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="131"/>
        <source>No facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="140"/>
        <source>What happened in this session (for the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="146"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="169"/>
        <source>Whole meeting: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/programme.py" line="172"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="32"/>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="39"/>
        <source>Type the recovery key you stored when the vault was made, then choose a new passphrase. The old passphrase stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="60"/>
        <source>Set passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="62"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="65"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="66"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="67"/>
        <source>Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="104"/>
        <source>Please enter the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="107"/>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recover_page.py" line="110"/>
        <source>Please choose a stronger passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="40"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="47"/>
        <source>If the passphrase is forgotten, this key is the only way back into the vault. It is shown only now. Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="62"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="66"/>
        <source>Saving writes the key to a file in readable form: move it to a USB stick or print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="76"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="80"/>
        <source>I have stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="81"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="114"/>
        <source>Save the recovery key as PDF (writes the key to a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/recovery_key_page.py" line="115"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="16"/>
        <location filename="../../ui/models/search.py" line="47"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="17"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="18"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="19"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="20"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="21"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="22"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="23"/>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="24"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="25"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="26"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="27"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="28"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="46"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="66"/>
        <source>Search meetings, minutes, action items and people (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="69"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/search.py" line="112"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>Full (nothing removed, own organisation only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Partners (no contacts, code names, no confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Public (also no attendance names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Follows the operating system&apos;s light or dark setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Lock after idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Default redaction for exports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>A new language takes effect the next time Roundtable starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="55"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="58"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="61"/>
        <source>People &amp; organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="63"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="66"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="84"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="87"/>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/gate/strength.py" line="20"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="21"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="22"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="23"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="24"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="43"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="94"/>
        <source>Use four or more random words, at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="99"/>
        <source>%1 — good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/strength.py" line="102"/>
        <source>%1 — not accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="35"/>
        <source>Testimonies are anonymous: describe the speaker (&quot;a youth group delegate&quot;), never name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="65"/>
        <source>Attribution, e.g. a garment worker (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="68"/>
        <source>The statement; Enter adds it (Shift+Enter: new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="74"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="75"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting/testimonies.py" line="76"/>
        <source>Remove the selected testimony (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="31"/>
        <source>Roundtable is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="40"/>
        <location filename="../../ui/gate/unlock_page.py" line="41"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="42"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="47"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="51"/>
        <source>Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="53"/>
        <source>Another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="82"/>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/unlock_page.py" line="97"/>
        <source>Please enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/gate/welcome.py" line="20"/>
        <source>Welcome to Roundtable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/welcome.py" line="28"/>
        <source>Roundtable keeps your meeting records in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/welcome.py" line="34"/>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/welcome.py" line="36"/>
        <source>Open a vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate/welcome.py" line="39"/>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ListPane</name>
    <message>
        <location filename="../../ui/screens/directory.py" line="47"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/directory.py" line="48"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
