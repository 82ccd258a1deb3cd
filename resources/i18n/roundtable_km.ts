<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about.py" line="+129"/>
        <source>Roundtable {version}</source>
        <translation>Roundtable កំណែ {version}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Roundtable</source>
        <translation>អំពី Roundtable (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="-82"/>
        <source>About Roundtable</source>
        <translation>អំពី Roundtable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted meeting records for civil-society coalitions, offline.</source>
        <translation>កំណត់ត្រាកិច្ចប្រជុំដែលបានអ៊ិនគ្រីប សម្រាប់សម្ព័ន្ធសង្គមស៊ីវិល ដោយមិនត្រូវការអ៊ីនធឺណិត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roundtable is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Roundtable ជាកម្មវិធីសេរី៖ អ្នកអាចចែករំលែក និងកែប្រែវា តាមលក្ខខណ្ឌនៃអាជ្ញាប័ណ្ណសាធារណៈទូទៅ GNU (GNU General Public License) កំណែទី 3 ឬ (តាមជម្រើសរបស់អ្នក) កំណែណាមួយក្រោយនេះ។ កម្មវិធីនេះមិនមានការធានាណាមួយឡើយ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built with Qt {qt} and Python {python}.</source>
        <translation>បង្កើតឡើងដោយប្រើ Qt {qt} និង Python {python}។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The full text is not in this copy; it is published at {url}.</source>
        <translation>អត្ថបទពេញមិនមាននៅក្នុងច្បាប់ចម្លងនេះទេ។ វាត្រូវបានផ្សព្វផ្សាយនៅ {url}។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Licence</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party software</source>
        <translation>កម្មវិធីរបស់ភាគីទីបី</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../app/ui/models/actions.py" line="+18"/>
        <source>Open</source>
        <translation>មិនទាន់ធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised at</source>
        <translation>លើកឡើងក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../app/ui/screens/actions.py" line="+97"/>
        <source>{date} (overdue)</source>
        <translation>{date} (ហួសកាលកំណត់)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
</context>
<context>
    <name>ActionsScreen</name>
    <message>
        <location filename="../../app/ui/screens/actions.py" line="-49"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open and in progress</source>
        <translation>មិនទាន់ធ្វើ និងកំពុងធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>មិនទាន់ធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due date</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any due date</source>
        <translation>គ្រប់ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>ហួសកាលកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation>ផុតកំណត់ក្នុងរយៈពេល ៧ ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation>ផុតកំណត់ក្នុងរយៈពេល ៣០ ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by text</source>
        <translation>ត្រងតាមអត្ថបទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter action items by text</source>
        <translation>ត្រងចំណុចសកម្មភាពតាមអត្ថបទ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark done</source>
        <translation>សម្គាល់ថារួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry open items to next meeting</source>
        <translation>ផ្ទេរចំណុចដែលមិនទាន់ធ្វើទៅកិច្ចប្រជុំបន្ទាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open meeting</source>
        <translation>បើកកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action items</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n action item(s)</source>
        <translation>
            <numerusform>ចំណុចសកម្មភាព %n</numerusform>
            <numerusform>ចំណុចសកម្មភាព %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue among those shown</source>
        <translation>
            <numerusform>ហួសកាលកំណត់ %n ក្នុងចំណោមចំណុចដែលបានបង្ហាញ</numerusform>
            <numerusform>ហួសកាលកំណត់ %n ក្នុងចំណោមចំណុចដែលបានបង្ហាញ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the action items to mark done.</source>
        <translation>សូមជ្រើសរើសចំណុចសកម្មភាពដែលត្រូវសម្គាល់ថារួចរាល់។</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mark %n action item(s) done</source>
        <translation>
            <numerusform>សម្គាល់ចំណុចសកម្មភាព %n ថារួចរាល់</numerusform>
            <numerusform>សម្គាល់ចំណុចសកម្មភាព %n ថារួចរាល់</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an action item of the meeting to carry from.</source>
        <translation>សូមជ្រើសរើសចំណុចសកម្មភាពមួយនៃកិច្ចប្រជុំដែលត្រូវផ្ទេរចេញ។</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Carry %n item(s) to “%1”</source>
        <translation>
            <numerusform>ផ្ទេរចំណុច %n ទៅ «%1»</numerusform>
            <numerusform>ផ្ទេរចំណុច %n ទៅ «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open item(s) carried to “%1”.</source>
        <translation>
            <numerusform>បានផ្ទេរចំណុចដែលមិនទាន់ធ្វើ %n ទៅ «%1»។</numerusform>
            <numerusform>បានផ្ទេរចំណុចដែលមិនទាន់ធ្វើ %n ទៅ «%1»។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../app/ui/meeting/actions.py" line="+35"/>
        <source>Open</source>
        <translation>មិនទាន់ធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>កំពុងធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Action items</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New action item… (Enter adds)</source>
        <translation>ចំណុចសកម្មភាពថ្មី… (Enter ដើម្បីបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action item</source>
        <translation>ចំណុចសកម្មភាពថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner (person or organisation)…</source>
        <translation>អ្នកទទួលខុសត្រូវ (បុគ្គល ឬអង្គការ)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner of the new item; with an item selected, &apos;Set owner&apos; changes its owner</source>
        <translation>អ្នកទទួលខុសត្រូវនៃចំណុចថ្មី។ ពេលជ្រើសរើសចំណុចមួយ &apos;កំណត់អ្នកទទួលខុសត្រូវ&apos; នឹងប្ដូរអ្នកទទួលខុសត្រូវរបស់វា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set owner of selected</source>
        <translation>កំណត់អ្នកទទួលខុសត្រូវនៃចំណុចដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick the owner of the selected action item</source>
        <translation>ជ្រើសរើសអ្នកទទួលខុសត្រូវនៃចំណុចសកម្មភាពដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected action item (Delete)</source>
        <translation>ដកចំណុចសកម្មភាពដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} action items, {o} overdue (shown in red)</source>
        <translation>ចំណុចសកម្មភាព {n}, ហួសកាលកំណត់ {o} (បង្ហាញជាពណ៌ក្រហម)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/meeting/attachment_viewer.py" line="+30"/>
        <location line="+56"/>
        <source>Select an attachment to view it here.</source>
        <translation>សូមជ្រើសរើសឯកសារភ្ជាប់មួយ ដើម្បីមើលវានៅទីនេះ។</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This kind of file cannot be shown here. Use “Save a copy as…” to open it in another program.</source>
        <translation>មិនអាចបង្ហាញឯកសារប្រភេទនេះនៅទីនេះបានទេ។ សូមប្រើ «រក្សាទុកច្បាប់ចម្លងជា…» ដើម្បីបើកវាក្នុងកម្មវិធីផ្សេង។</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/meeting/attachments.py" line="+61"/>
        <source>{size} bytes</source>
        <translation>{size} បៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Attachments</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add files…</source>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store files inside the vault (or drop them onto this tab)</source>
        <translation>រក្សាទុកឯកសារក្នុងឃ្លាំងទិន្នន័យ (ឬទម្លាក់វាលើផ្ទាំងនេះ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy as…</source>
        <translation>រក្សាទុកច្បាប់ចម្លងជា…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of the selected file (asks first)</source>
        <translation>សរសេរច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីបនៃឯកសារដែលបានជ្រើសរើស (សួរជាមុនសិន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected file</source>
        <translation>ដកឯកសារដែលបានជ្រើសរើសចេញ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding files</source>
        <translation>កំពុងបន្ថែមឯកសារ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This file is too large to show here. Use “Save a copy as…”.</source>
        <translation>ឯកសារនេះធំពេកមិនអាចបង្ហាញនៅទីនេះបានទេ។ សូមប្រើ «រក្សាទុកច្បាប់ចម្លងជា…»។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Adding {n} of {total}: {name}</source>
        <translation>កំពុងបន្ថែមឯកសារទី {n} ក្នុងចំណោម {total}៖ {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} of {total} files added.</source>
        <translation>បានបន្ថែមឯកសារ {n} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save an unencrypted copy?</source>
        <translation>រក្សាទុកច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីបឬ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of “{name}” will be written to {folder} WITHOUT encryption. Anyone with access to this computer or disk can read it. Continue?</source>
        <translation>ច្បាប់ចម្លងនៃ «{name}» នឹងត្រូវសរសេរទៅ {folder} ដោយគ្មានការអ៊ិនគ្រីបទេ។ អ្នកណាដែលអាចចូលប្រើកុំព្យូទ័រ ឬថាសនេះ អាចអានវាបាន។ បន្តឬ?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove the file?</source>
        <translation>ដកឯកសារចេញឬ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” will be removed from the vault. This cannot be undone.</source>
        <translation>«{name}» នឹងត្រូវដកចេញពីឃ្លាំងទិន្នន័យ។ សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a file to the vault</source>
        <translation>បន្ថែមឯកសារមួយទៅឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save an unencrypted copy</source>
        <translation>រក្សាទុកច្បាប់ចម្លងដែលមិនបានអ៊ិនគ្រីប</translation>
    </message>
</context>
<context>
    <name>AttendanceBalance</name>
    <message>
        <location filename="../../app/ui/meeting/balance.py" line="+15"/>
        <source>{percent}% women</source>
        <translation>ស្ត្រី {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% men</source>
        <translation>បុរស {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% undisclosed</source>
        <translation>មិនបញ្ចេញ {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% not stated</source>
        <translation>មិនបានកត់ត្រា {percent}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 woman</source>
        <translation>ស្ត្រី ១ នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} women</source>
        <translation>ស្ត្រី {n} នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 man</source>
        <translation>បុរស ១ នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} men</source>
        <translation>បុរស {n} នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស ១ នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស {n} នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 undisclosed</source>
        <translation>មិនបញ្ចេញ ១ នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} undisclosed</source>
        <translation>មិនបញ្ចេញ {n} នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 not stated</source>
        <translation>មិនបានកត់ត្រា ១ នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} not stated</source>
        <translation>មិនបានកត់ត្រា {n} នាក់</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{kind} {n}</source>
        <translation>{kind} {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody recorded yet</source>
        <translation>មិនទាន់មានអ្នកណាត្រូវបានកត់ត្រានៅឡើយទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>មនុស្ស ១ នាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people</source>
        <translation>មនុស្ស {n} នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{people} — {percent} ({counts})</source>
        <translation>{people} — {percent} ({counts})</translation>
    </message>
</context>
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../app/ui/meeting/attendance_import.py" line="+76"/>
        <source>Import attendance from a sign-in sheet</source>
        <translation>នាំចូលវត្តមានពីសន្លឹកចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a CSV or XLSX file.</source>
        <translation>សូមជ្រើសរើសឯកសារ CSV ឬ XLSX។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>ជ្រើសរើសឯកសារ…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first row holds the column names</source>
        <translation>ជួរទីមួយមានឈ្មោះជួរឈរ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the attendees</source>
        <translation>ការមើលអ្នកចូលរួមជាមុន</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Will be</source>
        <translation>នឹងក្លាយជា</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in sheet</source>
        <translation>សន្លឹកចុះឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>សន្លឹក (*.csv *.xlsx *.txt);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading {name}…</source>
        <translation>កំពុងអាន {name}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}៖ {rows} ជួរ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not in the sheet)</source>
        <translation>(មិនមាននៅក្នុងសន្លឹក)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {n}</source>
        <translation>ជួរឈរ {n}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>new organisation</source>
        <translation>អង្គការថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{attend} attendees to add: {people} new people, {orgs} new organisations; {present} already on the list; {skipped} rows without a name left out.</source>
        <translation>អ្នកចូលរួម {attend} នាក់ត្រូវបន្ថែម៖ មនុស្សថ្មី {people} នាក់ អង្គការថ្មី {orgs}; {present} មាននៅក្នុងបញ្ជីរួចហើយ; ជួរគ្មានឈ្មោះ {skipped} ត្រូវបានទុកចោល។</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../app/ui/meeting/session_roles.py" line="+9"/>
        <source>participant</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>អ្នកសង្កេតការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organiser</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource person</source>
        <translation>អ្នកធនធាន</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance.py" line="+47"/>
        <source>Gender (optional)</source>
        <translation>ភេទ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers not to say</source>
        <translation>មិនចង់បញ្ចេញ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an attendee by name…</source>
        <translation>បន្ថែមអ្នកចូលរួមតាមឈ្មោះ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name, then Enter</source>
        <translation>វាយផ្នែកមួយនៃឈ្មោះ រួចចុច Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an attendee</source>
        <translation>បន្ថែមអ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in the session</source>
        <translation>តួនាទីក្នុងវគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role in this session</source>
        <translation>តួនាទីក្នុងវគ្គនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected attendee (Delete)</source>
        <translation>ដកអ្នកចូលរួមដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as previous session</source>
        <translation>ដូចវគ្គមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add everyone who attended the previous session, with their roles</source>
        <translation>បន្ថែមអ្នកទាំងអស់ដែលបានចូលរួមវគ្គមុន ជាមួយតួនាទីរបស់ពួកគេ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import sign-in sheet…</source>
        <translation>នាំចូលសន្លឹកចុះឈ្មោះ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attendees from a CSV or XLSX sheet, with a preview first</source>
        <translation>បន្ថែមអ្នកចូលរួមពីសន្លឹក CSV ឬ XLSX ដោយមើលជាមុនសិន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in the directory yet?</source>
        <translation>មិនទាន់មាននៅក្នុងបញ្ជីឈ្មោះទេឬ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person&apos;s name — Enter adds them and marks them present</source>
        <translation>ឈ្មោះបុគ្គលថ្មី — Enter បន្ថែមគាត់ និងសម្គាល់ថាមានវត្តមាន</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person&apos;s name</source>
        <translation>ឈ្មោះបុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender of the new person</source>
        <translation>ភេទរបស់បុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their organisation…</source>
        <translation>អង្គការរបស់គាត់…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation of the new person</source>
        <translation>អង្គការរបស់បុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add person</source>
        <translation>បន្ថែមបុគ្គល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to the directory and mark present</source>
        <translation>បន្ថែមទៅបញ្ជីឈ្មោះ និងសម្គាល់ថាមានវត្តមាន</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New organisation&apos;s name (Enter adds)</source>
        <translation>ឈ្មោះអង្គការថ្មី (Enter ដើម្បីបន្ថែម)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New organisation&apos;s name</source>
        <translation>ឈ្មោះអង្គការថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of the new organisation</source>
        <translation>ប្រភេទនៃអង្គការថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organisation</source>
        <translation>បន្ថែមអង្គការ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a day or session first.</source>
        <translation>សូមបន្ថែមថ្ងៃ ឬវគ្គមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By kind of organisation: {kinds}</source>
        <translation>តាមប្រភេទអង្គការ៖ {kinds}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../app/ui/protect/backup_ui.py" line="+129"/>
        <source>No backup yet</source>
        <translation>មិនទាន់មានការបម្រុងទុកនៅឡើយ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last backup: {when}</source>
        <translation>ការបម្រុងទុកចុងក្រោយ៖ {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This vault has not been backed up from this computer yet: use Vault → Back up…, or choose a folder for automatic backups in Settings.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះមិនទាន់ត្រូវបានបម្រុងទុកពីកុំព្យូទ័រនេះនៅឡើយទេ៖ សូមប្រើ ឃ្លាំងទិន្នន័យ → បម្រុងទុក… ឬជ្រើសរើសថតសម្រាប់ការបម្រុងទុកស្វ័យប្រវត្តិនៅក្នុង ការកំណត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not backed up yet: Vault → Back up…</source>
        <translation>មិនទាន់បានបម្រុងទុកនៅឡើយ៖ ឃ្លាំងទិន្នន័យ → បម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest backup is older than {days} days: use Vault → Back up…, or plug in the backup drive and lock the vault.</source>
        <translation>ការបម្រុងទុកថ្មីបំផុត ចាស់ជាង {days} ថ្ងៃហើយ៖ សូមប្រើ ឃ្លាំងទិន្នន័យ → បម្រុងទុក… ឬដោតថាសបម្រុងទុក ហើយចាក់សោឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup older than {days} days: Vault → Back up…</source>
        <translation>ការបម្រុងទុកថ្មីបំផុត ចាស់ជាង {days} ថ្ងៃ៖ ឃ្លាំងទិន្នន័យ → បម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic backup failed: {reason}</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិបរាជ័យ៖ {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location line="+72"/>
        <location line="+49"/>
        <source>Back up the vault</source>
        <translation>បម្រុងទុកឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The backup is one file holding the vault exactly as it is now, still encrypted: the passphrase, the recovery key or the recovery shares open it, as they open the vault. Keep it away from this computer (a USB stick, an encrypted drive). Restore it from the start screen: Restore a backup…</source>
        <translation>ការបម្រុងទុក គឺជាឯកសារមួយដែលផ្ទុកឃ្លាំងទិន្នន័យដូចដែលវាមានឥឡូវនេះ ហើយនៅតែអ៊ិនគ្រីប៖ ឃ្លាសម្ងាត់ កូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ បើកវាបាន ដូចដែលវាបើកឃ្លាំងទិន្នន័យដែរ។ សូមទុកវាឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ (USB ឬថាសដែលបានអ៊ិនគ្រីប)។ ស្ដារវាពីអេក្រង់ចាប់ផ្ដើម៖ ស្ដារការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup file</source>
        <translation>ឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up</source>
        <translation>កំពុងបម្រុងទុក</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up</source>
        <translation>បម្រុងទុក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a backup…</source>
        <translation>ពិនិត្យការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roundtable backups (*.rtbackup)</source>
        <translation>ការបម្រុងទុក Roundtable (*.rtbackup)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to write the backup.</source>
        <translation>សូមជ្រើសរើសកន្លែងសរសេរការបម្រុងទុក។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup written: {file} ({size} MiB).</source>
        <translation>បានសរសេរការបម្រុងទុក៖ {file} ({size} MiB)។</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../app/ui/protect/backup_settings.py" line="+39"/>
        <source>Automatic backups</source>
        <translation>ការបម្រុងទុកស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the vault is locked or Roundtable quits, a backup is written to this folder if it is there (a USB stick that is plugged in, an encrypted drive). Backups stay encrypted like the vault.</source>
        <translation>នៅពេលឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ ឬ Roundtable បិទ ការបម្រុងទុកមួយត្រូវបានសរសេរទៅថតនេះ ប្រសិនបើវាមាន (USB ដែលបានដោត ឬថាសដែលបានអ៊ិនគ្រីប)។ ការបម្រុងទុកនៅតែអ៊ិនគ្រីបដូចឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder: no automatic backups</source>
        <translation>គ្មានថត៖ គ្មានការបម្រុងទុកស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder</source>
        <translation>ថតបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Never</source>
        <translation>កុំរំលឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup folder:</source>
        <translation>ថតបម្រុងទុក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the last:</source>
        <translation>រក្សាទុកចុងក្រោយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me when the newest backup is older than:</source>
        <translation>រំលឹកខ្ញុំ នៅពេលការបម្រុងទុកថ្មីបំផុតចាស់ជាង៖</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery and this device</source>
        <translation>ការសង្គ្រោះ និងឧបករណ៍នេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Split recovery among board members…</source>
        <translation>ចែកការសង្គ្រោះក្នុងចំណោមសមាជិកក្រុមប្រឹក្សាភិបាល…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Bind the vault to this device</source>
        <translation>ភ្ជាប់ឃ្លាំងទិន្នន័យទៅឧបករណ៍នេះ</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The passphrase then opens the vault only on this computer: it also needs a secret kept in the system keyring. A copy of the vault folder cannot be attacked elsewhere with the passphrase alone. The recovery key or the recovery shares still open it anywhere.</source>
        <translation>បន្ទាប់មក ឃ្លាសម្ងាត់បើកឃ្លាំងទិន្នន័យបានតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ៖ វាត្រូវការអាថ៌កំបាំងមួយដែលរក្សាទុកក្នុងឃ្លាំងកូនសោរបស់ប្រព័ន្ធផងដែរ។ ច្បាប់ចម្លងនៃថតឃ្លាំងទិន្នន័យ មិនអាចត្រូវបានវាយប្រហារនៅកន្លែងផ្សេង ដោយប្រើតែឃ្លាសម្ងាត់បានទេ។ កូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ នៅតែបើកវាបាននៅគ្រប់កន្លែង។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for automatic backups</source>
        <translation>ថតសម្រាប់ការបម្រុងទុកស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recovery: one recovery key.</source>
        <translation>ការសង្គ្រោះ៖ កូនសោសង្គ្រោះមួយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery: any {k} of {n} shares (made on {date}).</source>
        <translation>ការសង្គ្រោះ៖ ចំណែកណាមួយចំនួន {k} ក្នុងចំណោម {n} (បង្កើតនៅ {date})។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the device binding</source>
        <translation>ដកការភ្ជាប់ទៅឧបករណ៍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working…</source>
        <translation>កំពុងដំណើរការ…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The vault is bound to this device.</source>
        <translation>ឃ្លាំងទិន្នន័យត្រូវបានភ្ជាប់ទៅឧបករណ៍នេះ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault is no longer bound to this device.</source>
        <translation>ឃ្លាំងទិន្នន័យលែងភ្ជាប់ទៅឧបករណ៍នេះទៀតហើយ។</translation>
    </message>
</context>
<context>
    <name>CheckBackupDialog</name>
    <message>
        <location filename="../../app/ui/protect/check_backup_dialog.py" line="+37"/>
        <location line="+51"/>
        <source>Check a backup</source>
        <translation>ពិនិត្យការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Proves that a backup is complete and opens: every page of its database is checked. Nothing is restored and nothing decrypted is written anywhere.</source>
        <translation>បញ្ជាក់ថាការបម្រុងទុកពេញលេញ ហើយបើកបាន៖ គ្រប់ទំព័រនៃមូលដ្ឋានទិន្នន័យរបស់វាត្រូវបានពិនិត្យ។ គ្មានអ្វីត្រូវបានស្ដារ ហើយគ្មានអ្វីដែលបានឌិគ្រីបត្រូវបានសរសេរទៅកន្លែងណាទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup file</source>
        <translation>ឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>ឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះនៃការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup file:</source>
        <translation>ឯកសារបម្រុងទុក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it with:</source>
        <translation>បើកវាដោយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase or recovery key:</source>
        <translation>ឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះ៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking</source>
        <translation>កំពុងពិនិត្យ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The backup is whole and opens: every page checks out. Organisation: {org}; made {created}.</source>
        <translation>ការបម្រុងទុកពេញលេញ ហើយបើកបាន៖ គ្រប់ទំព័រត្រឹមត្រូវ។ អង្គការ៖ {org}; បង្កើតនៅ {created}។</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Check</source>
        <translation>ពិនិត្យ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roundtable backups (*.rtbackup)</source>
        <translation>ការបម្រុងទុក Roundtable (*.rtbackup)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the backup file.</source>
        <translation>សូមជ្រើសរើសឯកសារបម្រុងទុក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase or the recovery key of the backup.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះនៃការបម្រុងទុក។</translation>
    </message>
</context>
<context>
    <name>ChooseContacts</name>
    <message>
        <location filename="../../app/ui/reports/seal_dialog.py" line="+89"/>
        <source>Ask partners to co-sign</source>
        <translation>ស្នើដៃគូឱ្យចុះហត្ថលេខារួម</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send the sealed report to:</source>
        <translation>ផ្ញើរបាយការណ៍បិទត្រាទៅ៖</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="+78"/>
        <source>Offline-first, encrypted meeting records for civil-society coalitions.</source>
        <translation>កំណត់ត្រាកិច្ចប្រជុំដែលបានអ៊ិនគ្រីប ដំណើរការដោយមិនចាំបាច់មានអ៊ីនធឺណិត សម្រាប់សម្ព័ន្ធអង្គការសង្គមស៊ីវិល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a command, roundtable opens the desktop app (on the --vault folder, if given); the commands never open a window. `roundtable COMMAND --help` shows a command&apos;s options; `roundtable completion bash|zsh|fish` prints shell completion.</source>
        <translation>បើគ្មានពាក្យបញ្ជាទេ roundtable បើកកម្មវិធីលើផ្ទៃតុ (លើថត --vault ប្រសិនបើបានផ្ដល់)។ ពាក្យបញ្ជាទាំងឡាយមិនដែលបើកបង្អួចទេ។ `roundtable COMMAND --help` បង្ហាញជម្រើសរបស់ពាក្យបញ្ជា។ `roundtable completion bash|zsh|fish` បោះពុម្ពការបំពេញស្វ័យប្រវត្តិសម្រាប់សែល។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vault folder (default: the per-user folder)</source>
        <translation>ថតឃ្លាំងទិន្នន័យ (លំនាំដើម៖ ថតរបស់អ្នកប្រើម្នាក់ៗ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language of messages (default: the locale in LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>ភាសានៃសារ (លំនាំដើម៖ តាមការកំណត់ភាសាក្នុង LC_ALL, LC_MESSAGES ឬ LANG)</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="+141"/>
        <source>vault folder</source>
        <translation>ថតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the passphrase from FILE (&apos;-&apos; = standard input); or set {variable}</source>
        <translation>អានឃ្លាសម្ងាត់ពី FILE (&apos;-&apos; = ការបញ្ចូលស្ដង់ដារ) ឬកំណត់ {variable}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Passphrase: </source>
        <translation>ឃ្លាសម្ងាត់៖ </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Repeat: </source>
        <translation>វាយម្ដងទៀត៖ </translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange_cmds.py" line="+37"/>
        <source>show your organisation&apos;s fingerprint; write its card</source>
        <translation>បង្ហាញស្នាមម្រាមដៃកូនសោរបស់អង្គការអ្នក និងសរសេរកាតទំនាក់ទំនងរបស់វា</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write your contact card to FILE</source>
        <translation>សរសេរកាតទំនាក់ទំនងរបស់អ្នកទៅ FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a minisign .pub for auditors</source>
        <translation>សរសេរឯកសារ minisign .pub សម្រាប់អ្នកសវនកម្ម</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace your keys; the new card (signed by the old key) must go to every partner</source>
        <translation>ប្ដូរកូនសោរបស់អ្នក។ កាតទំនាក់ទំនងថ្មី (ចុះហត្ថលេខាដោយកូនសោចាស់) ត្រូវតែផ្ញើទៅដៃគូគ្រប់រូប</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>partner organisations you exchange bundles with</source>
        <translation>អង្គការដៃគូដែលអ្នកផ្លាស់ប្ដូរកញ្ចប់ទិន្នន័យជាមួយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add (or update) a contact from its card</source>
        <translation>បន្ថែម (ឬធ្វើបច្ចុប្បន្នភាព) ទំនាក់ទំនងមួយពីកាតទំនាក់ទំនងរបស់វា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you already compared the fingerprint</source>
        <translation>អ្នកបានប្រៀបធៀបស្នាមម្រាមដៃកូនសោរួចហើយ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accept a new name for a known contact (otherwise shown and asked, or refused)</source>
        <translation>ទទួលយកឈ្មោះថ្មីសម្រាប់ទំនាក់ទំនងដែលស្គាល់រួច (បើមិនដូច្នេះទេ វាត្រូវបង្ហាញ ហើយសួរ ឬបដិសេធ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list contacts with fingerprints</source>
        <translation>បង្ហាញបញ្ជីទំនាក់ទំនង ជាមួយស្នាមម្រាមដៃកូនសោ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <location line="+12"/>
        <location line="+15"/>
        <location filename="../../app/cli/history_cmds.py" line="+37"/>
        <location filename="../../app/cli/query_cmds.py" line="+24"/>
        <location line="+12"/>
        <location line="+13"/>
        <location filename="../../app/cli/seal_cmds.py" line="+75"/>
        <source>machine-readable output</source>
        <translation>លទ្ធផលសម្រាប់កម្មវិធីកុំព្យូទ័រអាន (JSON)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>confirm a contact&apos;s fingerprint after comparing it</source>
        <translation>បញ្ជាក់ស្នាមម្រាមដៃកូនសោរបស់ទំនាក់ទំនង ក្រោយពេលប្រៀបធៀបវា</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>name or fingerprint</source>
        <translation>ឈ្មោះ ឬស្នាមម្រាមដៃកូនសោ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the fingerprint your partner read to you</source>
        <translation>ស្នាមម្រាមដៃកូនសោដែលដៃគូរបស់អ្នកបានអានប្រាប់អ្នក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove a contact (its records stay; its key is no longer accepted)</source>
        <translation>ដកទំនាក់ទំនងចេញ (កំណត់ត្រារបស់វានៅដដែល; កូនសោរបស់វាលែងត្រូវបានទទួលយក)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove without asking</source>
        <translation>ដកចេញដោយមិនសួរ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a signed, encrypted bundle for partners</source>
        <translation>សរសេរកញ្ចប់ទិន្នន័យដែលបានចុះហត្ថលេខា និងអ៊ិនគ្រីប សម្រាប់ដៃគូ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipients</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>these meetings</source>
        <translation>កិច្ចប្រជុំទាំងនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every meeting</source>
        <translation>កិច្ចប្រជុំទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every meeting of a series</source>
        <translation>កិច្ចប្រជុំទាំងអស់នៃស៊េរីមួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meetings from DATE</source>
        <translation>កិច្ចប្រជុំចាប់ពី DATE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meetings up to DATE (with --from)</source>
        <translation>កិច្ចប្រជុំរហូតដល់ DATE (ជាមួយ --from)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what partners may see (default: partners)</source>
        <translation>អ្វីដែលដៃគូអាចមើលឃើញ (លំនាំដើម៖ partners)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>include attached files</source>
        <translation>ដាក់បញ្ចូលឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bundle file to write</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check a bundle&apos;s signature (no vault needed)</source>
        <translation>ពិនិត្យហត្ថលេខារបស់កញ្ចប់ទិន្នន័យ (មិនត្រូវការឃ្លាំងទិន្នន័យ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sender&apos;s card or minisign .pub (with --seal: each organiser&apos;s, repeated)</source>
        <translation>កាតទំនាក់ទំនង ឬ .pub minisign របស់អ្នកផ្ញើ (ជាមួយ --seal៖ របស់អ្នករៀបចំម្នាក់ៗ ដាក់ច្រើនដង)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FILE is a sealed report: check every FILE.ORGANISATION.minisig beside it</source>
        <translation>FILE ជារបាយការណ៍បិទត្រា៖ ពិនិត្យ FILE.ORGANISATION.minisig ទាំងអស់ដែលនៅក្បែរវា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the sender&apos;s signed change-log checkpoint</source>
        <translation>ពិនិត្យចំណុចត្រួតពិនិត្យនៃបញ្ជីការផ្លាស់ប្ដូរ ដែលអ្នកផ្ញើបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with --history: an earlier bundle of the same sender (may be repeated)</source>
        <translation>ជាមួយ --history៖ កញ្ចប់ទិន្នន័យមុនៗពីអ្នកផ្ញើដដែល (អាចដាក់ច្រើនដង)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check and merge a bundle from a partner</source>
        <translation>ពិនិត្យ និងបញ្ចូលកញ្ចប់ទិន្នន័យពីដៃគូ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show what would change; change nothing</source>
        <translation>បង្ហាញអ្វីដែលនឹងផ្លាស់ប្ដូរ ដោយមិនផ្លាស់ប្ដូរអ្វីទាំងអស់</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported changes waiting for your decision (conflicts, held-back privacy)</source>
        <translation>ការផ្លាស់ប្ដូរដែលបាននាំចូលកំពុងរង់ចាំការសម្រេចរបស់អ្នក (ភាពមិនស៊ីគ្នា ការផ្លាស់ប្ដូរឯកជនភាពដែលបានផ្អាក)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list them, with what a privacy change would reveal</source>
        <translation>បង្ហាញបញ្ជី ព្រមទាំងអ្វីដែលការផ្លាស់ប្ដូរឯកជនភាពនឹងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decide one (ID from `conflicts list`)</source>
        <translation>សម្រេចមួយ (ID ពី `conflicts list`)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keep this vault&apos;s value (for a privacy flag: keep it protected)</source>
        <translation>រក្សាតម្លៃរបស់ឃ្លាំងទិន្នន័យនេះ (សម្រាប់សញ្ញាឯកជនភាព៖ រក្សាវាឱ្យនៅការពារ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>take the partner&apos;s value (for a privacy flag: lower it; shows what it reveals)</source>
        <translation>យកតម្លៃរបស់ដៃគូ (សម្រាប់សញ្ញាឯកជនភាព៖ បន្ទាបវា; បង្ហាញអ្វីដែលវានឹងបង្ហាញ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with --accept on a privacy flag: confirm the reveal</source>
        <translation>ជាមួយ --accept លើសញ្ញាឯកជនភាព៖ បញ្ជាក់ការបង្ហាញ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New keys made. Send the new card to every partner: it is signed by the old key.</source>
        <translation>បានបង្កើតកូនសោថ្មីហើយ។ សូមផ្ញើកាតទំនាក់ទំនងថ្មីទៅដៃគូគ្រប់រូប៖ វាត្រូវបានចុះហត្ថលេខាដោយកូនសោចាស់។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation: {name}</source>
        <translation>អង្គការ៖ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:  {fingerprint}</source>
        <translation>ស្នាមម្រាមដៃកូនសោ៖  {fingerprint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key:  {key}</source>
        <translation>កូនសោចុះហត្ថលេខា៖  {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age recipient: {recipient}</source>
        <translation>អ្នកទទួល age៖ {recipient}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card written to {file}</source>
        <translation>បានសរសេរកាតទំនាក់ទំនងទៅ {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minisign public key written to {file}</source>
        <translation>បានសរសេរកូនសោសាធារណៈ minisign ទៅ {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>មិនផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotated</source>
        <translation>បានប្ដូរកូនសោ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed</source>
        <translation>បានប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y
yes</source>
        <translation>បាទ
ចាស
យល់ព្រម</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This card renames a contact: {old} → {new}</source>
        <translation>កាតនេះប្ដូរឈ្មោះទំនាក់ទំនងមួយ៖ {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a new key, signed by the old one</source>
        <translation>កូនសោថ្មី ដែលបានចុះហត្ថលេខាដោយកូនសោចាស់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same key</source>
        <translation>កូនសោដដែល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {fingerprint} ({key})</source>
        <translation>ស្នាមម្រាមដៃកូនសោ៖ {fingerprint} ({key})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept the new name? [y/N] </source>
        <translation>ទទួលយកឈ្មោះថ្មីឬទេ? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not renamed: the contact keeps the name {name}.</source>
        <translation>មិនបានប្ដូរឈ្មោះទេ៖ ទំនាក់ទំនងនៅតែមានឈ្មោះ {name}។</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+199"/>
        <location line="+81"/>
        <location line="+31"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>ស្នាមម្រាមដៃកូនសោ៖ {fingerprint}</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Unverified: compare this fingerprint with your partner (in person or by a call),</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់៖ សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោនេះជាមួយដៃគូរបស់អ្នក (ជួបផ្ទាល់ ឬតាមការហៅទូរស័ព្ទ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>then run `roundtable contacts verify` to confirm it.</source>
        <translation>បន្ទាប់មកដំណើរការ `roundtable contacts verify` ដើម្បីបញ្ជាក់វា។</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+48"/>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>UNVERIFIED</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Did your partner read exactly these digits to you? [y/N] </source>
        <translation>តើដៃគូរបស់អ្នកបានអានលេខទាំងនេះប្រាប់អ្នកយ៉ាងត្រឹមត្រូវដែរឬទេ? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified.</source>
        <translation>មិនបានផ្ទៀងផ្ទាត់ទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified: {name}</source>
        <translation>បានផ្ទៀងផ្ទាត់៖ {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing it: bundles signed by its key are no longer accepted, it can no longer change any record, and a card with the same organisation id can then be added (compare that card&apos;s fingerprint with the organisation first). The records it sent stay in your vault as your own. Bundles you already sent it cannot be taken back.</source>
        <translation>ការដកវាចេញ៖ កញ្ចប់ទិន្នន័យដែលបានចុះហត្ថលេខាដោយកូនសោរបស់វាលែងត្រូវបានទទួលយក វាលែងអាចផ្លាស់ប្ដូរកំណត់ត្រាណាមួយបាន ហើយកាតដែលមានលេខសម្គាល់អង្គការដូចគ្នាអាចត្រូវបានបន្ថែមបន្ទាប់មក (សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោរបស់កាតនោះជាមួយអង្គការជាមុនសិន)។ កំណត់ត្រាដែលវាបានផ្ញើនៅក្នុងឃ្លាំងទិន្នន័យរបស់អ្នកជាកំណត់ត្រារបស់អ្នកផ្ទាល់។ កញ្ចប់ទិន្នន័យដែលអ្នកបានផ្ញើទៅវារួចហើយ មិនអាចយកមកវិញបានទេ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contact: {name}</source>
        <translation>ទំនាក់ទំនង៖ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {fingerprint} ({status})</source>
        <translation>ស្នាមម្រាមដៃកូនសោ៖ {fingerprint} ({status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this contact? [y/N] </source>
        <translation>ដកទំនាក់ទំនងនេះចេញឬទេ? [y/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not removed.</source>
        <translation>មិនបានដកចេញទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed: {name} ({fingerprint}).</source>
        <translation>បានដកចេញ៖ {name} ({fingerprint})។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} record(s) it sent stay in your vault.</source>
        <translation>កំណត់ត្រា {count} ដែលវាបានផ្ញើ នៅក្នុងឃ្លាំងទិន្នន័យរបស់អ្នកដដែល។</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Wrote {file}: {meetings} meeting(s), {records} records, {attachments} attachment(s), redaction {redaction}, for {recipients}</source>
        <translation>បានសរសេរ {file}៖ កិច្ចប្រជុំ {meetings}, កំណត់ត្រា {records}, ឯកសារភ្ជាប់ {attachments}, កម្រិតបិទបាំង {redaction}, សម្រាប់អ្នកទទួល {recipients}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give one --signer for a bundle</source>
        <translation>សម្រាប់កញ្ចប់ទិន្នន័យ សូមផ្ដល់ --signer តែមួយ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed with key id {key} (not checked).</source>
        <translation>បានចុះហត្ថលេខាដោយកូនសោលេខសម្គាល់ {key} (មិនទាន់ពិនិត្យ)។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--since needs --history</source>
        <translation>--since ត្រូវការ --history</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Signature valid.</source>
        <translation>ហត្ថលេខាត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Signer:      {name}</source>
        <translation>អ្នកចុះហត្ថលេខា៖  {name}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Stated name: {name}</source>
        <translation>ឈ្មោះដែលបានបញ្ជាក់៖ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle:      {bundle}</source>
        <translation>កញ្ចប់ទិន្នន័យ៖  {bundle}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence:    {seq}</source>
        <translation>លេខរៀង៖  {seq}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:     {created}</source>
        <translation>បានបង្កើត៖  {created}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sealed report: every signature valid.</source>
        <translation>របាយការណ៍បិទត្រា៖ ហត្ថលេខាទាំងអស់ត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal:            {seal}</source>
        <translation>ត្រា៖            {seal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/seal_cmds.py" line="+67"/>
        <location line="+58"/>
        <source>Content SHA-256: {hash}</source>
        <translation>SHA-256 នៃខ្លឹមសារ៖ {hash}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file carries no copy of the sealed content to compare.</source>
        <translation>ឯកសារនេះគ្មានច្បាប់ចម្លងនៃខ្លឹមសារដែលបានបិទត្រា សម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by {name} ({fingerprint}): {file}</source>
        <translation>ចុះហត្ថលេខាដោយ {name} ({fingerprint})៖ {file}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sequence {seq}: {count} changes, head {head}</source>
        <translation>លេខរៀង {seq}៖ ការផ្លាស់ប្ដូរ {count} ក្បាល {head}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change log only grew between these bundles.</source>
        <translation>បញ្ជីការផ្លាស់ប្ដូរគ្រាន់តែកើនឡើងប៉ុណ្ណោះ រវាងកញ្ចប់ទិន្នន័យទាំងនេះ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundle {bundle} from {sender} (sequence {seq}, {created}, redaction {redaction})</source>
        <translation>កញ្ចប់ទិន្នន័យ {bundle} ពី {sender} (លេខរៀង {seq}, {created}, កម្រិតបិទបាំង {redaction})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning: {warning}</source>
        <translation>ការព្រមាន៖ {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: {new} new, {updated} updated, {deleted} deleted, {conflicting} conflicting, {unchanged} unchanged records; {attachments} attachment file(s).</source>
        <translation>បាននាំចូល៖ កំណត់ត្រាថ្មី {new}, បានធ្វើបច្ចុប្បន្នភាព {updated}, បានលុប {deleted}, មិនស៊ីគ្នា {conflicting}, មិនផ្លាស់ប្ដូរ {unchanged}។ ឯកសារភ្ជាប់ {attachments}។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would import: {new} new, {updated} updated, {deleted} deleted, {conflicting} conflicting, {unchanged} unchanged records; {attachments} attachment file(s).</source>
        <translation>នឹងនាំចូល៖ កំណត់ត្រាថ្មី {new}, បានធ្វើបច្ចុប្បន្នភាព {updated}, បានលុប {deleted}, មិនស៊ីគ្នា {conflicting}, មិនផ្លាស់ប្ដូរ {unchanged}។ ឯកសារភ្ជាប់ {attachments}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asks you to co-sign sealed report {seal}: read it with roundtable cosign show, then sign with roundtable cosign sign.</source>
        <translation>ស្នើឱ្យអ្នកចុះហត្ថលេខារួមលើរបាយការណ៍បិទត្រា {seal}៖ អានវាដោយ roundtable cosign show រួចចុះហត្ថលេខាដោយ roundtable cosign sign។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co-signature of sealed report {seal} by {names}.</source>
        <translation>ហត្ថលេខារួមលើរបាយការណ៍បិទត្រា {seal} ដោយ {names}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  conflict  {table}  {label}  ({fields})</source>
        <translation>  មិនស៊ីគ្នា  {table}  {label}  ({fields})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Both sides changed these fields; resolve them in the app (Conflicts).</source>
        <translation>ភាគីទាំងពីរបានផ្លាស់ប្ដូរវាលទាំងនេះ។ សូមដោះស្រាយវានៅក្នុងកម្មវិធី (ភាពមិនស៊ីគ្នា)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} privacy change(s) held back: the partner lowered these flags; they stay set until you accept (roundtable conflicts list).</source>
        <translation>ការផ្លាស់ប្ដូរឯកជនភាព {count} ត្រូវបានផ្អាក៖ ដៃគូបានបន្ទាបសញ្ញាទាំងនេះ; វានៅតែកំណត់ រហូតដល់អ្នកទទួលយក (ភាពមិនស៊ីគ្នា៖ roundtable conflicts list)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  held      {table}  {label}  ({field})</source>
        <translation>  បានផ្អាក  {table}  {label}  ({field})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} change(s) refused: records this partner was never sent, or your own organisation&apos;s record (docs/trust-rules.md).</source>
        <translation>ការផ្លាស់ប្ដូរ {count} ត្រូវបានបដិសេធ៖ កំណត់ត្រាដែលមិនដែលបានផ្ញើទៅដៃគូនេះ ឬកំណត់ត្រារបស់អង្គការអ្នកផ្ទាល់ (docs/trust-rules.md)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  refused   {table}  {label}</source>
        <translation>  បានបដិសេធ  {table}  {label}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No conflicts and no held-back privacy changes.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នា និងគ្មានការផ្លាស់ប្ដូរឯកជនភាពដែលបានផ្អាកទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{id}  privacy  {table}  {label}  {field}: kept set; {source} lowers it</source>
        <translation>{id}  ឯកជនភាព  {table}  {label}  {field}៖ នៅតែកំណត់; {source} បន្ទាបវា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>      would reveal {what}: {value}</source>
        <translation>      នឹងបង្ហាញ {what}៖ {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{id}  conflict {table}  {label}  {field}: ours {ours}, {source}: {theirs}</source>
        <translation>{id}  មិនស៊ីគ្នា {table}  {label}  {field}៖ របស់យើង {ours}, {source}៖ {theirs}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Would reveal {what}: {value}</source>
        <translation>នឹងបង្ហាញ {what}៖ {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolved.</source>
        <translation>បានដោះស្រាយ។</translation>
    </message>
    <message>
        <location filename="../../app/cli/query_cmds.py" line="-28"/>
        <source>list meetings (id, title, dates)</source>
        <translation>បង្ហាញបញ្ជីកិច្ចប្រជុំ (លេខសម្គាល់ ចំណងជើង កាលបរិច្ឆេទ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list action items</source>
        <translation>បង្ហាញបញ្ជីចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only items with this status (may be repeated)</source>
        <translation>តែចំណុចដែលមានស្ថានភាពនេះប៉ុណ្ណោះ (អាចប្រើច្រើនដង)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full-text search across the vault</source>
        <translation>ស្វែងរកអត្ថបទពេញនៅក្នុងឃ្លាំងទិន្នន័យទាំងមូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>words to search for</source>
        <translation>ពាក្យដែលត្រូវស្វែងរក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show at most this many hits (default: 20)</source>
        <translation>បង្ហាញលទ្ធផលយ៉ាងច្រើនត្រឹមចំនួននេះ (លំនាំដើម៖ 20)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{count} matches</source>
        <translation>លទ្ធផលត្រូវគ្នា {count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report_cmds.py" line="+20"/>
        <source>Write the narrative report of a meeting (--meeting), the follow-up report of a series&apos;
action items (--series), or a CSV table (--csv) for a spreadsheet.

Redaction (--redact) decides who may read the file:
  full      everything, for your organisation&apos;s own files
  partners  no contact details, no confidential minutes, anonymous people by code name
            (the default)
  public    as partners, and no participant is named: attendance is given as counts

The format follows --format, or else the extension of the output file.
CSV files are UTF-8 with a byte-order mark, so spreadsheets show Khmer correctly.

Language (--lang) is the report&apos;s own, whatever the language of the app: en (the default,
or the command line&apos;s own language) or km. A Khmer report writes dates as Cambodians do
(ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥) with Khmer digits (--no-khmer-digits for 0-9); --lunar-date
adds the Khmer lunar date and Buddhist Era year, as official letters give it
(ថ្ងៃអាទិត្យ ១៣កើត ខែកត្ដិក ឆ្នាំមមី អដ្ឋស័ក ព.ស.២៥៧០).

examples:
  roundtable report --vault DIR --meeting ID -o report.pdf
  roundtable report --vault DIR --meeting ID --format odt --redact public -o report.odt
  roundtable report --vault DIR --meeting ID --format docx -o report.docx
  roundtable report --vault DIR --meeting ID --appendices -o report-with-attachments.pdf
  roundtable report --vault DIR --meeting ID --lang km --lunar-date -o report-km.pdf
  roundtable report --vault DIR --series ID -o follow-up.pdf
  roundtable report --vault DIR --meeting ID --csv participants -o participants.csv
  roundtable report --vault DIR --series ID --csv actions -o actions.csv
</source>
        <translation>សរសេររបាយការណ៍និទានរបស់កិច្ចប្រជុំមួយ (--meeting) របាយការណ៍តាមដានចំណុចសកម្មភាព
នៃស៊េរីមួយ (--series) ឬតារាង CSV (--csv) សម្រាប់កម្មវិធីតារាងទិន្នន័យ។

កម្រិតបិទបាំង (--redact) កំណត់ថាអ្នកណាអាចអានឯកសារនេះបាន៖
  full      (ពេញលេញ) ទាំងអស់ សម្រាប់ឯកសាររបស់អង្គការអ្នកផ្ទាល់
  partners  (ដៃគូ) គ្មានព័ត៌មានទំនាក់ទំនង គ្មានកំណត់ហេតុសម្ងាត់ មនុស្សអនាមិកប្រើឈ្មោះកូដ
            (លំនាំដើម)
  public    (សាធារណៈ) ដូច partners ហើយគ្មានអ្នកចូលរួមណាម្នាក់ត្រូវបានដាក់ឈ្មោះ៖ វត្តមានបង្ហាញជាចំនួន

ទម្រង់ឯកសារតាម --format ឬបើគ្មានទេ តាមកន្ទុយឈ្មោះនៃឯកសារលទ្ធផល។
ឯកសារ CSV ប្រើ UTF-8 ជាមួយសញ្ញាលំដាប់បៃ (BOM) ដូច្នេះកម្មវិធីតារាងទិន្នន័យបង្ហាញអក្សរខ្មែរបានត្រឹមត្រូវ។

ភាសា (--lang) ជាភាសារបស់របាយការណ៍ខ្លួនឯង មិនថាភាសារបស់កម្មវិធីជាអ្វីទេ៖ en (លំនាំដើម
ឬភាសារបស់បន្ទាត់បញ្ជា) ឬ km។ របាយការណ៍ខ្មែរសរសេរកាលបរិច្ឆេទដូចប្រជាជនកម្ពុជាសរសេរ
(ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥) ជាលេខខ្មែរ (--no-khmer-digits សម្រាប់ 0-9); --lunar-date
បន្ថែមថ្ងៃខែតាមចន្ទគតិ និងឆ្នាំពុទ្ធសករាជ ដូចដែលលិខិតផ្លូវការផ្ដល់ឱ្យ
(ថ្ងៃអាទិត្យ ១៣កើត ខែកត្ដិក ឆ្នាំមមី អដ្ឋស័ក ព.ស.២៥៧០)។

ឧទាហរណ៍៖
  roundtable report --vault DIR --meeting ID -o report.pdf
  roundtable report --vault DIR --meeting ID --format odt --redact public -o report.odt
  roundtable report --vault DIR --meeting ID --format docx -o report.docx
  roundtable report --vault DIR --meeting ID --appendices -o report-with-attachments.pdf
  roundtable report --vault DIR --meeting ID --lang km --lunar-date -o report-km.pdf
  roundtable report --vault DIR --series ID -o follow-up.pdf
  roundtable report --vault DIR --meeting ID --csv participants -o participants.csv
  roundtable report --vault DIR --series ID --csv actions -o actions.csv
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>write a meeting or series report (PDF, ODT, DOCX, HTML, Markdown) or a CSV export</source>
        <translation>សរសេររបាយការណ៍កិច្ចប្រជុំ ឬស៊េរី (PDF, ODT, DOCX, HTML, Markdown) ឬនាំចេញជា CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the meeting to report on</source>
        <translation>កិច្ចប្រជុំដែលត្រូវធ្វើរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a series (or any meeting of it, as listed by &apos;roundtable meetings&apos;): follow-up of its action items</source>
        <translation>ស៊េរីមួយ (ឬកិច្ចប្រជុំណាមួយរបស់វា ដូចបង្ហាញដោយ &apos;roundtable meetings&apos;)៖ ការតាមដានចំណុចសកម្មភាពរបស់វា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>report format (default: from the file extension)</source>
        <translation>ទម្រង់របាយការណ៍ (លំនាំដើម៖ តាមកន្ទុយឈ្មោះឯកសារ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a CSV table instead of a report (participants: --meeting only)</source>
        <translation>សរសេរតារាង CSV ជំនួសរបាយការណ៍ (participants៖ សម្រាប់ --meeting តែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>full, partners or public (default: partners)</source>
        <translation>full (ទាំងអស់), partners (ដៃគូ) ឬ public (សាធារណៈ) (លំនាំដើម៖ partners)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>output file, or - for standard output (then give --format)</source>
        <translation>ឯកសារលទ្ធផល ឬ - សម្រាប់លទ្ធផលស្ដង់ដារ (standard output; ពេលនោះ សូមផ្ដល់ --format)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report&apos;s language: en or km (default: en, or the command line&apos;s language)</source>
        <translation>ភាសារបស់របាយការណ៍៖ en ឬ km (លំនាំដើម៖ en ឬភាសារបស់បន្ទាត់បញ្ជា)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>numbers and dates in Khmer digits (default: yes in a Khmer report)</source>
        <translation>លេខ និងកាលបរិច្ឆេទជាលេខខ្មែរ (លំនាំដើម៖ បាទ/ចាស ក្នុងរបាយការណ៍ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add the Khmer lunar date and Buddhist Era year to the report&apos;s dates</source>
        <translation>បន្ថែមថ្ងៃខែតាមចន្ទគតិ និងឆ្នាំពុទ្ធសករាជ ទៅកាលបរិច្ឆេទរបស់របាយការណ៍</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF only: add the meeting&apos;s attachments after the report (PDF pages, images, CSV files as tables)</source>
        <translation>PDF តែប៉ុណ្ណោះ៖ បន្ថែមឯកសារភ្ជាប់របស់កិច្ចប្រជុំនៅក្រោយរបាយការណ៍ (ទំព័រ PDF រូបភាព ឯកសារ CSV ជាតារាង)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give --format pdf|odt|docx|html|md (or an output file with that ending)</source>
        <translation>សូមផ្ដល់ --format pdf|odt|docx|html|md (ឬឯកសារលទ្ធផលដែលមានចុងនោះ)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--csv participants needs --meeting</source>
        <translation>--csv participants ត្រូវការ --meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--appendices needs a PDF report of a --meeting</source>
        <translation>--appendices ត្រូវការរបាយការណ៍ PDF នៃ --meeting</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Wrote {file} ({size} bytes, redaction: {redaction})</source>
        <translation>បានសរសេរ {file} ({size} បៃ, កម្រិតបិទបាំង៖ {redaction})</translation>
    </message>
    <message>
        <location filename="../../app/cli/vault_cmds.py" line="+26"/>
        <source>create a vault and the organisation&apos;s identity</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យ និងអត្តសញ្ញាណរបស់អង្គការ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your organisation&apos;s name</source>
        <translation>ឈ្មោះអង្គការរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a vault filled with fictional sample meetings</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យដែលមានកិច្ចប្រជុំគំរូប្រឌិត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change the passphrase</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prove the recovery key instead of the old passphrase (or set {variable})</source>
        <translation>បញ្ជាក់ដោយកូនសោសង្គ្រោះ ជំនួសឃ្លាសម្ងាត់ចាស់ (ឬកំណត់ {variable})</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmds.py" line="+117"/>
        <location filename="../../app/cli/vault_cmds.py" line="+7"/>
        <source>read the new passphrase from FILE; or set {variable}</source>
        <translation>អានឃ្លាសម្ងាត់ថ្មីពី FILE ឬកំណត់ {variable}</translation>
    </message>
    <message>
        <location filename="../../app/cli/vault_cmds.py" line="+8"/>
        <source>change the data key and the recovery key: old key files and recovery keys stop opening this vault</source>
        <translation>ប្ដូរកូនសោទិន្នន័យ និងកូនសោសង្គ្រោះ៖ ឯកសារកូនសោចាស់ និងកូនសោសង្គ្រោះចាស់ លែងបើកឃ្លាំងទិន្នន័យនេះបាន</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>also change the passphrase, read from FILE; or set {variable} (default: keep the passphrase)</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់ផងដែរ ដោយអានពី FILE; ឬកំណត់ {variable} (លំនាំដើម៖ រក្សាឃ្លាសម្ងាត់ដដែល)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key (shown once; store it offline, away from this computer):</source>
        <translation>កូនសោសង្គ្រោះ (បង្ហាញតែម្ដងគត់។ សូមរក្សាទុកវាក្រៅបណ្ដាញ ឆ្ងាយពីកុំព្យូទ័រនេះ)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone holding it can open the vault. Without it, a forgotten passphrase is final.</source>
        <translation>អ្នកណាដែលមានវា អាចបើកឃ្លាំងទិន្នន័យបាន។ បើគ្មានវាទេ ឃ្លាសម្ងាត់ដែលភ្លេចមិនអាចយកមកវិញបានឡើយ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vault created in {folder}</source>
        <translation>បានបង្កើតឃ្លាំងទិន្នន័យនៅក្នុង {folder}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo vault created in {folder}: {counts}</source>
        <translation>បានបង្កើតឃ្លាំងទិន្នន័យសាកល្បងនៅក្នុង {folder}៖ {counts}</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmds.py" line="+105"/>
        <location filename="../../app/cli/vault_cmds.py" line="+14"/>
        <source>New passphrase: </source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖ </translation>
    </message>
    <message>
        <location filename="../../app/cli/vault_cmds.py" line="+14"/>
        <source>Keys changed. Old copies of vault.key and the old recovery key no longer open
this vault (they still open old copies of vault.db).</source>
        <translation>បានប្ដូរកូនសោ។ ច្បាប់ចម្លងចាស់នៃ vault.key និងកូនសោសង្គ្រោះចាស់ លែងបើក
ឃ្លាំងទិន្នន័យនេះបានទៀតហើយ (វានៅតែបើកច្បាប់ចម្លងចាស់នៃ vault.db បាន)។</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmds.py" line="-187"/>
        <source>write one file with the still-encrypted vault, or check such a file</source>
        <translation>សរសេរឯកសារមួយដែលមានឃ្លាំងទិន្នន័យនៅតែអ៊ិនគ្រីប ឬពិនិត្យឯកសារបែបនេះ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup file to write (a folder: a dated name inside it)</source>
        <translation>ឯកសារបម្រុងទុកដែលត្រូវសរសេរ (ថតមួយ៖ ឈ្មោះមានកាលបរិច្ឆេទនៅក្នុងវា)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prove that a backup is whole and opens, without restoring it</source>
        <translation>បញ្ជាក់ថាការបម្រុងទុកពេញលេញ ហើយបើកបាន ដោយមិនស្ដារវា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print JSON</source>
        <translation>បោះពុម្ព JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore a backup as a vault in a new folder</source>
        <translation>ស្ដារការបម្រុងទុកជាឃ្លាំងទិន្នន័យនៅក្នុងថតថ្មី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup file</source>
        <translation>ឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split the recovery secret among board members</source>
        <translation>ចែកអាថ៌កំបាំងសង្គ្រោះក្នុងចំណោមសមាជិកក្រុមប្រឹក្សាភិបាល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make a new recovery secret split as SLIP-39 shares and write one share sheet per holder; old shares and the old recovery key stop working</source>
        <translation>បង្កើតអាថ៌កំបាំងសង្គ្រោះថ្មីមួយ ដែលចែកជាចំណែក SLIP-39 ហើយសរសេរសន្លឹកចំណែកមួយសម្រាប់អ្នកកាន់ម្នាក់ៗ; ចំណែកចាស់ និងកូនសោសង្គ្រោះចាស់ លែងដំណើរការ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>how many shares</source>
        <translation>ចំនួនចំណែក</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how many shares together open the vault</source>
        <translation>ចំនួនចំណែកដែលបើកឃ្លាំងទិន្នន័យជាមួយគ្នា</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>folder for the share sheets (PDF, English and Khmer)</source>
        <translation>ថតសម្រាប់សន្លឹកចំណែក (PDF ភាសាអង់គ្លេស និងខ្មែរ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>organisation name printed on the sheets (default: the vault&apos;s)</source>
        <translation>ឈ្មោះអង្គការដែលបោះពុម្ពលើសន្លឹក (លំនាំដើម៖ ឈ្មោះរបស់ឃ្លាំងទិន្នន័យ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also print the shares&apos; words as JSON</source>
        <translation>បោះពុម្ពពាក្យនៃចំណែកជា JSON ផងដែរ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the vault with k shares (one per line from {variable} or standard input) and set a new passphrase</source>
        <translation>បើកឃ្លាំងទិន្នន័យដោយចំណែក k (មួយក្នុងមួយបន្ទាត់ ពី {variable} ឬការបញ្ចូលស្ដង់ដារ) ហើយកំណត់ឃ្លាសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bind the vault to this device: the passphrase then also needs a secret kept in this computer&apos;s keyring (the recovery secret still opens it anywhere)</source>
        <translation>ភ្ជាប់ឃ្លាំងទិន្នន័យទៅឧបករណ៍នេះ៖ បន្ទាប់មក ឃ្លាសម្ងាត់ត្រូវការអាថ៌កំបាំងមួយដែលរក្សាទុកក្នុងឃ្លាំងកូនសោរបស់កុំព្យូទ័រនេះផងដែរ (អាថ៌កំបាំងសង្គ្រោះនៅតែបើកវាបាននៅគ្រប់កន្លែង)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove the binding</source>
        <translation>ដកការភ្ជាប់</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>use the recovery key (from {variable} or typed)</source>
        <translation>ប្រើកូនសោសង្គ្រោះ (ពី {variable} ឬវាយបញ្ចូល)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use k recovery shares (one per line from {variable} or standard input)</source>
        <translation>ប្រើចំណែកសង្គ្រោះ k (មួយក្នុងមួយបន្ទាត់ ពី {variable} ឬការបញ្ចូលស្ដង់ដារ)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Share {n}: </source>
        <translation>ចំណែកទី {n}៖ </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{have} of {need} shares; {missing} more needed.</source>
        <translation>ចំណែក {have} ក្នុងចំណោម {need}; ត្រូវការ {missing} ទៀត។</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/cli/vault_cmds.py" line="+24"/>
        <source>Recovery key: </source>
        <translation>កូនសោសង្គ្រោះ៖ </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Backup written to {file} ({size}).</source>
        <translation>បានសរសេរការបម្រុងទុកទៅ {file} ({size})។</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Backup OK: it opens and every page checks out ({org}, made {created}).</source>
        <translation>ការបម្រុងទុកល្អ៖ វាបើកបាន ហើយគ្រប់ទំព័រត្រឹមត្រូវ ({org}, បង្កើតនៅ {created})។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup restored as a vault in {folder}.</source>
        <translation>បានស្ដារការបម្រុងទុកជាឃ្លាំងទិន្នន័យនៅក្នុង {folder}។</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/cli/vault_cmds.py" line="-31"/>
        <location line="+41"/>
        <source>Current passphrase: </source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖ </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{count} share sheets written to {folder}. Any {k} of them open the vault; old shares and the old recovery key no longer do. Give one sheet to each holder, then delete the files.</source>
        <translation>បានសរសេរសន្លឹកចំណែក {count} ទៅ {folder}។ សន្លឹកណាមួយចំនួន {k} បើកឃ្លាំងទិន្នន័យបាន; ចំណែកចាស់ និងកូនសោសង្គ្រោះចាស់ លែងបើកបានទៀតហើយ។ សូមផ្ដល់សន្លឹកមួយដល់អ្នកកាន់ម្នាក់ៗ រួចលុបឯកសារទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vault recovered; the new passphrase is set.</source>
        <translation>បានសង្គ្រោះឃ្លាំងទិន្នន័យ; ឃ្លាសម្ងាត់ថ្មីត្រូវបានកំណត់ហើយ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault is no longer bound to this device.</source>
        <translation>ឃ្លាំងទិន្នន័យលែងភ្ជាប់ទៅឧបករណ៍នេះទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is bound to this device: a copy of the folder cannot be opened with the passphrase elsewhere. The recovery key or shares still open it.</source>
        <translation>ឃ្លាំងទិន្នន័យត្រូវបានភ្ជាប់ទៅឧបករណ៍នេះ៖ ច្បាប់ចម្លងនៃថត មិនអាចបើកដោយឃ្លាសម្ងាត់នៅកន្លែងផ្សេងបានទេ។ កូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ នៅតែបើកវាបាន។</translation>
    </message>
    <message>
        <location filename="../../app/cli/vault_cmds.py" line="+2"/>
        <source>Passphrase changed.</source>
        <translation>បានប្ដូរឃ្លាសម្ងាត់ហើយ។</translation>
    </message>
    <message>
        <location filename="../../app/cli/border_cmds.py" line="+32"/>
        <source>overwrite and remove this vault&apos;s key file and databases now (cannot be undone)</source>
        <translation>សរសេរជាន់ពីលើ ហើយដកចេញឯកសារកូនសោ និងមូលដ្ឋានទិន្នន័យរបស់ឃ្លាំងទិន្នន័យនេះឥឡូវនេះ (មិនអាចត្រឡប់វិញបានទេ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>do not ask for confirmation (for scripts)</source>
        <translation>កុំសួរការបញ្ជាក់ (សម្រាប់ស្គ្រីប)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>destroy the vault after 5, 10 or 20 wrong passphrases in a row (off by default); without a value, show the setting</source>
        <translation>បំផ្លាញឃ្លាំងទិន្នន័យ បន្ទាប់ពីវាយឃ្លាសម្ងាត់ខុស ៥ ១០ ឬ ២០ ដងជាប់ៗគ្នា (បិទតាមលំនាំដើម); បើគ្មានតម្លៃ បង្ហាញការកំណត់</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>do not warn when 3 or fewer attempts are left (the last one looks like any)</source>
        <translation>កុំព្រមាននៅពេលនៅសល់ការសាកល្បង ៣ ដង ឬតិចជាងនេះ (ការសាកល្បងចុងក្រោយមើលទៅដូចការសាកល្បងផ្សេងទៀត)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>travel mode: remove the passphrase from this computer; restore with the recovery key (passwd --recovery-key) or recovery shares (recovery restore)</source>
        <translation>របៀបធ្វើដំណើរ៖ ដកឃ្លាសម្ងាត់ចេញពីកុំព្យូទ័រនេះ; ស្ដារវិញដោយកូនសោសង្គ្រោះ (passwd --recovery-key) ឬចំណែកសង្គ្រោះ (recovery restore)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a note the start screen shows (default: none, so nothing says the vault is in travel mode)</source>
        <translation>កំណត់ចំណាំដែលអេក្រង់ចាប់ផ្ដើមបង្ហាញ (លំនាំដើម៖ គ្មាន ដូច្នេះគ្មានអ្វីប្រាប់ថាឃ្លាំងទិន្នន័យស្ថិតក្នុងរបៀបធ្វើដំណើរទេ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>set up a duress passphrase: typed at any unlock, it removes the real passphrase and opens a decoy vault</source>
        <translation>រៀបចំឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖ នៅពេលវាយវានៅពេលដោះសោណាមួយ វាដកឃ្លាសម្ងាត់ពិតចេញ ហើយបើកឃ្លាំងទិន្នន័យបញ្ឆោត</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>what the decoy holds at first (default: demo, the sample meetings)</source>
        <translation>អ្វីដែលឃ្លាំងទិន្នន័យបញ្ឆោតមានដំបូង (លំនាំដើម៖ demo កិច្ចប្រជុំគំរូ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the decoy&apos;s organisation name (default: yours)</source>
        <translation>ឈ្មោះអង្គការរបស់ឃ្លាំងទិន្នន័យបញ្ឆោត (លំនាំដើម៖ ឈ្មោះអង្គការរបស់អ្នក)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a new duress passphrase, keeping the decoy</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំថ្មី ដោយរក្សាឃ្លាំងទិន្នន័យបញ្ឆោតដដែល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove the duress passphrase; the decoy is overwritten</source>
        <translation>ដកឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំចេញ; ឃ្លាំងទិន្នន័យបញ្ឆោតត្រូវបានសរសេរជាន់ពីលើ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the duress passphrase from FILE; or set {variable}</source>
        <translation>អានឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំពី FILE; ឬកំណត់ {variable}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups in {folder}: each still opens with the passphrase or recovery key that was current when it was made. Delete them too if they must not survive.</source>
        <translation>ការបម្រុងទុកនៅក្នុង {folder}៖ ការបម្រុងទុកនីមួយៗនៅតែបើកបានដោយឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះដែលប្រើនៅពេលបង្កើតវា។ សូមលុបវាចោលផងដែរ ប្រសិនបើវាមិនត្រូវនៅសល់។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any other backups or copies of the vault folder you made (USB sticks, other computers): each still opens with the passphrase or recovery key of its time.</source>
        <translation>ការបម្រុងទុក ឬច្បាប់ចម្លងផ្សេងទៀតនៃថតឃ្លាំងទិន្នន័យដែលអ្នកបានធ្វើ (USB កុំព្យូទ័រផ្សេង)៖ នីមួយៗនៅតែបើកបានដោយឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះនៃពេលនោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles you sent to partners: their copies are in their vaults.</source>
        <translation>កញ្ចប់ទិន្នន័យដែលអ្នកបានផ្ញើទៅដៃគូ៖ ច្បាប់ចម្លងរបស់ពួកគេនៅក្នុងឃ្លាំងទិន្នន័យរបស់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports and CSV files you wrote out are ordinary files; delete them separately.</source>
        <translation>របាយការណ៍ និងឯកសារ CSV ដែលអ្នកបាននាំចេញ គឺជាឯកសារធម្មតា; សូមលុបវាដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk image taken before now keeps everything; on SSDs and some file systems old blocks can survive the overwrite.</source>
        <translation>រូបភាពថាស (disk image) ដែលបានថតមុនពេលនេះ នៅរក្សាអ្វីៗទាំងអស់; នៅលើ SSD និងប្រព័ន្ធឯកសារខ្លះ ប្លុកចាស់អាចនៅសល់ ទោះបីសរសេរជាន់ពីលើហើយក៏ដោយ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This overwrites and removes the vault in {folder}. It cannot be undone.</source>
        <translation>សកម្មភាពនេះសរសេរជាន់ពីលើ ហើយដកចេញឃ្លាំងទិន្នន័យនៅក្នុង {folder}។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type {word} to confirm: </source>
        <translation>វាយ {word} ដើម្បីបញ្ជាក់៖ </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not confirmed; nothing was changed. (Scripts: add --yes.)</source>
        <translation>មិនបានបញ្ជាក់; គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ (ស្គ្រីប៖ បន្ថែម --yes ។)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault destroyed in {folder}: {count} files overwritten and removed.</source>
        <translation>បានបំផ្លាញឃ្លាំងទិន្នន័យនៅក្នុង {folder}៖ ឯកសារ {count} ត្រូវបានសរសេរជាន់ពីលើ ហើយដកចេញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What remains:</source>
        <translation>អ្វីដែលនៅសល់៖</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <source>Wipe after wrong passphrases: off.</source>
        <translation>លុបចោលបន្ទាប់ពីឃ្លាសម្ងាត់ខុស៖ បិទ។</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wipe after {limit} wrong passphrases in a row: on ({failed} since the last good one).</source>
        <translation>លុបចោលបន្ទាប់ពីឃ្លាសម្ងាត់ខុស {limit} ដងជាប់ៗគ្នា៖ បើក ({failed} ដងតាំងពីឃ្លាសម្ងាត់ត្រឹមត្រូវចុងក្រោយ)។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On: {limit} wrong passphrases in a row destroy the vault on this computer. This stops guessing in Roundtable only, not on a copy of the disk.</source>
        <translation>បើក៖ ឃ្លាសម្ងាត់ខុស {limit} ដងជាប់ៗគ្នា នឹងបំផ្លាញឃ្លាំងទិន្នន័យនៅលើកុំព្យូទ័រនេះ។ វាបញ្ឈប់ការទាយតែនៅក្នុង Roundtable ប៉ុណ្ណោះ មិនមែននៅលើច្បាប់ចម្លងនៃថាសទេ។</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Travel mode is on: the passphrase is gone from this computer. Nobody can open the vault here until it is restored with the recovery key (roundtable passwd --recovery-key) or recovery shares (roundtable recovery restore).</source>
        <translation>របៀបធ្វើដំណើរបានបើក៖ ឃ្លាសម្ងាត់លែងមាននៅលើកុំព្យូទ័រនេះទៀតហើយ។ គ្មាននរណាម្នាក់អាចបើកឃ្លាំងទិន្នន័យនៅទីនេះបានទេ រហូតដល់វាត្រូវបានស្ដារវិញដោយកូនសោសង្គ្រោះ (roundtable passwd --recovery-key) ឬចំណែកសង្គ្រោះ (roundtable recovery restore)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not carry the recovery key or a share. A disk image taken before now still holds the old passphrase slot.</source>
        <translation>កុំយកកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះណាមួយជាប់ខ្លួន។ រូបភាពថាសដែលបានថតមុនពេលនេះ នៅតែមានរន្ធឃ្លាសម្ងាត់ចាស់។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Duress passphrase: </source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖ </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duress passphrase removed; the decoy was overwritten.</source>
        <translation>បានដកឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំចេញហើយ; ឃ្លាំងទិន្នន័យបញ្ឆោតត្រូវបានសរសេរជាន់ពីលើ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duress passphrase changed; the decoy is kept.</source>
        <translation>បានប្ដូរឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំហើយ; ឃ្លាំងទិន្នន័យបញ្ឆោតត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duress passphrase set. Typed at any unlock, it removes the real passphrase from this computer and opens the decoy; the real records then come back only with the recovery key, recovery shares or a backup.</source>
        <translation>បានកំណត់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំហើយ។ នៅពេលវាយវានៅពេលដោះសោណាមួយ វាដកឃ្លាសម្ងាត់ពិតចេញពីកុំព្យូទ័រនេះ ហើយបើកឃ្លាំងទិន្នន័យបញ្ឆោត; បន្ទាប់មក កំណត់ត្រាពិតអាចយកមកវិញបានតែដោយកូនសោសង្គ្រោះ ចំណែកសង្គ្រោះ ឬការបម្រុងទុកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location filename="../../app/cli/history_cmds.py" line="-15"/>
        <source>show a record&apos;s earlier values and who changed them</source>
        <translation>បង្ហាញតម្លៃមុនៗរបស់កំណត់ត្រា និងអ្នកដែលបានផ្លាស់ប្ដូរវា</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bring back the values the record had after entry #N, as a new change (a deleted record comes back)</source>
        <translation>នាំយកតម្លៃដែលកំណត់ត្រាមាន បន្ទាប់ពីធាតុ #N មកវិញ ជាការផ្លាស់ប្ដូរថ្មី (កំណត់ត្រាដែលបានលុបត្រឡប់មកវិញ)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restored as a new change: the record as after #{n}.</source>
        <translation>បានស្ដារជាការផ្លាស់ប្ដូរថ្មី៖ កំណត់ត្រាដូចបន្ទាប់ពី #{n}។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(deleted)</source>
        <translation>(បានលុប)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>បានបង្កើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>បានស្ដារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict kept</source>
        <translation>បានរក្សាភាពមិនស៊ីគ្នាទុក</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(bundle {bundle})</source>
        <translation>(កញ្ចប់ទិន្នន័យ {bundle})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(as recorded by {vault})</source>
        <translation>(តាមការកត់ត្រារបស់ {vault})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field}: other value {value}</source>
        <translation>{field}៖ តម្លៃផ្សេងទៀត {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/seal_cmds.py" line="-174"/>
        <source>seal a meeting&apos;s report and write it with every signature so far</source>
        <translation>បិទត្រារបាយការណ៍នៃកិច្ចប្រជុំ ហើយសរសេរវាជាមួយហត្ថលេខាទាំងអស់ដែលមានរហូតមកដល់ពេលនេះ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>who may read it: full, partners (the default) or public</source>
        <translation>អ្នកណាអាចអានវា៖ full, partners (ដៃគូ លំនាំដើម) ឬ public</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report&apos;s language: en (the default) or km</source>
        <translation>ភាសារបស់របាយការណ៍៖ en (លំនាំដើម) ឬ km</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seal the current content as a new version</source>
        <translation>បិទត្រាខ្លឹមសារបច្ចុប្បន្នជាកំណែថ្មី</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sealed reports: list, ask partners to co-sign, co-sign</source>
        <translation>របាយការណ៍បិទត្រា៖ បញ្ជី ស្នើដៃគូឱ្យចុះហត្ថលេខារួម ចុះហត្ថលេខារួម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed reports held and who signed them</source>
        <translation>របាយការណ៍បិទត្រាដែលមាន និងអ្នកដែលបានចុះហត្ថលេខាលើវា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print the exact content of a sealed report before signing</source>
        <translation>បោះពុម្ពខ្លឹមសារពិតប្រាកដនៃរបាយការណ៍បិទត្រា មុនពេលចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Freeze a meeting&apos;s report as PDF, ODT and DOCX under a redaction policy and sign each with your organisation&apos;s key. Writes FILE in the format its suffix names (.pdf, .odt or .docx) and one FILE.ORGANISATION.minisig per signature gathered so far; `minisign -V -p ORG.pub -m FILE.odt -x FILE.odt.ORG.minisig` checks each. Run again later to write the same sealed file with the co-signatures that arrived since (roundtable cosign).</source>
        <translation>បង្កករបាយការណ៍នៃកិច្ចប្រជុំជា PDF, ODT និង DOCX ក្រោមកម្រិតបិទបាំងមួយ ហើយចុះហត្ថលេខាលើឯកសារនីមួយៗដោយកូនសោរបស់អង្គការអ្នក។ សរសេរ FILE តាមទម្រង់ដែលកន្ទុយឈ្មោះរបស់វាបញ្ជាក់ (.pdf, .odt ឬ .docx) និង FILE.ORGANISATION.minisig មួយសម្រាប់ហត្ថលេខានីមួយៗដែលប្រមូលបានរហូតមកដល់ពេលនេះ; `minisign -V -p ORG.pub -m FILE.odt -x FILE.odt.ORG.minisig` ពិនិត្យហត្ថលេខានីមួយៗ។ ដំណើរការម្ដងទៀតពេលក្រោយ ដើម្បីសរសេរឯកសារបិទត្រាដដែល ជាមួយហត្ថលេខារួមដែលបានមកដល់ចាប់តាំងពីពេលនោះ (roundtable cosign)។</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>FILE.pdf, FILE.odt or FILE.docx</source>
        <translation>FILE.pdf, FILE.odt ឬ FILE.docx</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>also write it as FILE.pdf, FILE.odt or FILE.docx</source>
        <translation>សរសេរវាជា FILE.pdf, FILE.odt ឬ FILE.docx ផងដែរ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a bundle asking partners to co-sign a seal</source>
        <translation>សរសេរកញ្ចប់ទិន្នន័យដែលស្នើដៃគូឱ្យចុះហត្ថលេខារួមលើត្រា</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>co-sign a sealed report and write the reply bundle</source>
        <translation>ចុះហត្ថលេខារួមលើរបាយការណ៍បិទត្រា ហើយសរសេរកញ្ចប់ទិន្នន័យឆ្លើយតប</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sign: I have read its content (roundtable cosign show)</source>
        <translation>ចុះហត្ថលេខា៖ ខ្ញុំបានអានខ្លឹមសាររបស់វាហើយ (roundtable cosign show)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>* not signed by your organisation yet</source>
        <translation>* អង្គការរបស់អ្នកមិនទាន់ចុះហត្ថលេខាទេ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sealed by {org} on {date}; redaction {policy}</source>
        <translation>បិទត្រាដោយ {org} នៅ {date}; ការបិទបាំង {policy}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF SHA-256:     {hash}</source>
        <translation>SHA-256 នៃ PDF៖     {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODT SHA-256:     {hash}</source>
        <translation>ODT SHA-256:     {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOCX SHA-256:    {hash}</source>
        <translation>DOCX SHA-256:    {hash}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wrote {file}: please co-sign {seal}</source>
        <translation>បានសរសេរ {file}៖ សូមចុះហត្ថលេខារួមលើ {seal}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed {seal}; wrote {file}</source>
        <translation>បានចុះហត្ថលេខាលើ {seal}; បានសរសេរ {file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/completion.py" line="+44"/>
        <source>print a shell completion script (bash, zsh or fish)</source>
        <translation>បោះពុម្ពស្គ្រីបបំពេញស្វ័យប្រវត្តិសម្រាប់សែល (bash, zsh ឬ fish)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a completion script for your shell. For example: roundtable completion bash &gt; ~/.local/share/bash-completion/completions/roundtable</source>
        <translation>បោះពុម្ពស្គ្រីបបំពេញស្វ័យប្រវត្តិសម្រាប់សែលរបស់អ្នក។ ឧទាហរណ៍៖ roundtable completion bash &gt; ~/.local/share/bash-completion/completions/roundtable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the shell</source>
        <translation>សែល</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/exchange/conflicts_view.py" line="+52"/>
        <source>Conflicts and held-back changes</source>
        <translation>ភាពមិនស៊ីគ្នា និងការផ្លាស់ប្ដូរដែលបានផ្អាក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>របស់យើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>របស់ពួកគេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conflicts: every imported change merged cleanly.</source>
        <translation>គ្មានភាពមិនស៊ីគ្នាទេ៖ ការផ្លាស់ប្ដូរដែលបាននាំចូលទាំងអស់ត្រូវបានបញ្ចូលគ្នាដោយរលូន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Keep ours</source>
        <translation>រក្សារបស់យើង</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+100"/>
        <source>Take theirs</source>
        <translation>យករបស់ពួកគេ</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>or type the agreed text</source>
        <translation>ឬវាយអត្ថបទដែលបានព្រមព្រៀងគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this text</source>
        <translation>ប្រើអត្ថបទនេះ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>set (kept: protected)</source>
        <translation>កំណត់ (រក្សា៖ ការពារ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lowered (held back)</source>
        <translation>បានបន្ទាប (បានផ្អាក)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keep protected</source>
        <translation>រក្សាការពារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept: make visible</source>
        <translation>ទទួលយក៖ បង្ហាញ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} lowered this privacy flag; it stays set until you decide.</source>
        <translation>{source} បានបន្ទាបសញ្ញាឯកជនភាពនេះ; វានៅតែកំណត់ រហូតដល់អ្នកសម្រេច។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepting makes this visible to partners and in reports:</source>
        <translation>ការទទួលយកនឹងធ្វើឱ្យអ្វីៗនេះឃើញដោយដៃគូ និងនៅក្នុងរបាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(nothing recorded yet)</source>
        <translation>(មិនទាន់មានអ្វីកត់ត្រាទេ)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/conflicts.py" line="+81"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session venue</source>
        <translation>ទីកន្លែងវគ្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute entry</source>
        <translation>ធាតុកំណត់ហេតុ</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/ui/exchange/contacts_view.py" line="+77"/>
        <source>Your organisation</source>
        <translation>អង្គការរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save my contact card…</source>
        <translation>រក្សាទុកកាតទំនាក់ទំនងរបស់ខ្ញុំ…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contacts</source>
        <translation>បញ្ជីទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add from card file…</source>
        <translation>បន្ថែមពីឯកសារកាតទំនាក់ទំនង…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I compared it: mark verified</source>
        <translation>ខ្ញុំបានប្រៀបធៀបរួចហើយ៖ សម្គាល់ថាបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare these digits with your partner in person or on a call you trust. Only then mark the contact verified.</source>
        <translation>សូមប្រៀបធៀបលេខទាំងនេះជាមួយដៃគូរបស់អ្នក ដោយជួបផ្ទាល់ ឬតាមការហៅទូរស័ព្ទដែលអ្នកទុកចិត្ត។ បន្ទាប់មកទើបសម្គាល់ទំនាក់ទំនងថាបានផ្ទៀងផ្ទាត់។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove contact…</source>
        <translation>ដកទំនាក់ទំនងចេញ…</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+96"/>
        <source>verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+96"/>
        <source>NOT verified</source>
        <translation>មិនទាន់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>fingerprint {fp}</source>
        <translation>ស្នាមម្រាមដៃកូនសោ {fp}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified yet</source>
        <translation>មិនទាន់បានផ្ទៀងផ្ទាត់នៅឡើយ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys changed {n} time(s); earlier keys are kept.</source>
        <translation>កូនសោត្រូវបានប្ដូរ {n} ដង។ កូនសោមុនៗត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Verify contact</source>
        <translation>ផ្ទៀងផ្ទាត់ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did {name} read exactly these digits to you?

{fp}</source>
        <translation>តើ {name} បានអានលេខទាំងនេះប្រាប់អ្នកយ៉ាងត្រឹមត្រូវដែរឬទេ?

{fp}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This card changes a contact&apos;s name:

{old}
→ {new}

It also changes the contact&apos;s key: a new key (fingerprint {fp}), signed by the old one. Accept the new name? If you do not, the contact keeps its old name and nothing changes.</source>
        <translation>កាតនេះប្ដូរឈ្មោះទំនាក់ទំនងមួយ៖

{old}
→ {new}

វាក៏ប្ដូរកូនសោរបស់ទំនាក់ទំនងនេះដែរ៖ កូនសោថ្មី (ស្នាមម្រាមដៃកូនសោ {fp}) ដែលបានចុះហត្ថលេខាដោយកូនសោចាស់។ ទទួលយកឈ្មោះថ្មីឬទេ? បើអ្នកមិនទទួលយកទេ ទំនាក់ទំនងនៅតែមានឈ្មោះចាស់ ហើយគ្មានអ្វីផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This card changes a contact&apos;s name:

{old}
→ {new}

Same key (fingerprint {fp}). Accept the new name? If you do not, the contact keeps its old name and nothing changes.</source>
        <translation>កាតនេះប្ដូរឈ្មោះទំនាក់ទំនងមួយ៖

{old}
→ {new}

កូនសោដដែល (ស្នាមម្រាមដៃកូនសោ {fp})។ ទទួលយកឈ្មោះថ្មីឬទេ? បើអ្នកមិនទទួលយកទេ ទំនាក់ទំនងនៅតែមានឈ្មោះចាស់ ហើយគ្មានអ្វីផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact renamed</source>
        <translation>បានប្ដូរឈ្មោះទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the contact {name}?

Fingerprint: {fp} ({status})

What removing does: bundles signed by its key are no longer accepted, and it can no longer change any of your records. A card with the same organisation id can then be added: compare that card&apos;s fingerprint with the organisation (in person or on a call you trust) before you mark it verified.

What it does not do: the records it sent stay in your vault, as your own. Bundles you already sent it cannot be taken back. Partners who also hold this contact keep it until they remove it too.</source>
        <translation>ដកទំនាក់ទំនង {name} ចេញឬទេ?

ស្នាមម្រាមដៃកូនសោ៖ {fp} ({status})

អ្វីដែលការដកចេញធ្វើ៖ កញ្ចប់ទិន្នន័យដែលបានចុះហត្ថលេខាដោយកូនសោរបស់វាលែងត្រូវបានទទួលយក ហើយវាលែងអាចផ្លាស់ប្ដូរកំណត់ត្រារបស់អ្នកបានទៀត។ កាតដែលមានលេខសម្គាល់អង្គការដូចគ្នាអាចត្រូវបានបន្ថែមបន្ទាប់មក៖ សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោរបស់កាតនោះជាមួយអង្គការ (ដោយផ្ទាល់ ឬតាមការហៅដែលអ្នកទុកចិត្ត) មុននឹងសម្គាល់ថាបានផ្ទៀងផ្ទាត់។

អ្វីដែលវាមិនធ្វើ៖ កំណត់ត្រាដែលវាបានផ្ញើនៅក្នុងឃ្លាំងទិន្នន័យរបស់អ្នក ជាកំណត់ត្រារបស់អ្នកផ្ទាល់។ កញ្ចប់ទិន្នន័យដែលអ្នកបានផ្ញើទៅវារួចហើយ មិនអាចយកមកវិញបានទេ។ ដៃគូដែលមានទំនាក់ទំនងនេះដែរ នៅតែរក្សាវា រហូតដល់ពួកគេដកវាចេញដែរ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove contact</source>
        <translation>ដកទំនាក់ទំនងចេញ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed: {name} (fingerprint {fp}).</source>
        <translation>បានដកចេញ៖ {name} (ស្នាមម្រាមដៃកូនសោ {fp})។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} record(s) it sent stay in your vault.</source>
        <translation>កំណត់ត្រា {n} ដែលវាបានផ្ញើ នៅក្នុងឃ្លាំងទិន្នន័យរបស់អ្នកដដែល។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a contact card</source>
        <translation>បន្ថែមកាតទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact cards (*.card *.json)</source>
        <translation>កាតទំនាក់ទំនង (*.card *.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not renamed: the contact keeps the name {old}.</source>
        <translation>មិនបានប្ដូរឈ្មោះទេ៖ ទំនាក់ទំនងនៅតែមានឈ្មោះ {old}។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Renamed: {old} → {new}</source>
        <translation>បានប្ដូរឈ្មោះ៖ {old} → {new}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my contact card</source>
        <translation>រក្សាទុកកាតទំនាក់ទំនងរបស់ខ្ញុំ</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../app/ui/gate/create_page.py" line="+39"/>
        <source>Create a vault</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Land Rights Watch</source>
        <translation>ឧ. អង្គការឃ្លាំមើលសិទ្ធិដីធ្លី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>ប្ដូរ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the new vault</source>
        <translation>ថតសម្រាប់ឃ្លាំងទិន្នន័យថ្មី</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create vault</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation name:</source>
        <translation>ឈ្មោះអង្គការ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault folder:</source>
        <translation>ថតឃ្លាំងទិន្នន័យ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>ឃ្លាសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat passphrase:</source>
        <translation>វាយឃ្លាសម្ងាត់ម្ដងទៀត៖</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Please enter your organisation&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះអង្គការរបស់អ្នក។</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/date_edit.py" line="+108"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>ជ្រើសរើសកាលបរិច្ឆេទពីប្រតិទិន (Alt+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. {date}</source>
        <translation>ឧ. {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 2025-02-23, 23/02/2025 or 20250223 (day before month), or choose it from the calendar (Alt+Down).</source>
        <translation>វាយកាលបរិច្ឆេទដូចជា 2025-02-23, 23/02/2025 ឬ 20250223 (ថ្ងៃមុនខែ) ឬជ្រើសរើសវាពីប្រតិទិន (Alt+Down)។</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../app/ui/meeting/decisions.py" line="+30"/>
        <source>Decision</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson learned</source>
        <translation>មេរៀនបទពិសោធន៍</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Decisions, results and lessons</source>
        <translation>សេចក្ដីសម្រេច លទ្ធផល និងមេរៀនបទពិសោធន៍</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New decision, result or lesson… (Enter adds)</source>
        <translation>សេចក្ដីសម្រេច លទ្ធផល ឬមេរៀនថ្មី… (Enter ដើម្បីបន្ថែម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New decision, result or lesson</source>
        <translation>សេចក្ដីសម្រេច លទ្ធផល ឬមេរៀនថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session it came from (optional)</source>
        <translation>វគ្គដែលវាមកពី (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up (Alt+Up)</source>
        <translation>ផ្លាស់ទីឡើងលើ (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>ផ្លាស់ទីចុះក្រោម (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected one (Delete)</source>
        <translation>ដកធាតុដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Whole meeting</source>
        <translation>កិច្ចប្រជុំទាំងមូល</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../../app/ui/protect/destroy_dialog.py" line="+40"/>
        <source>Backups in %1: each still opens with the passphrase or recovery key that was current when it was made. Delete them too if they must not survive.</source>
        <translation>ការបម្រុងទុកនៅក្នុង %1៖ ការបម្រុងទុកនីមួយៗនៅតែបើកបានដោយឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះដែលប្រើនៅពេលបង្កើតវា។ សូមលុបវាចោលផងដែរ ប្រសិនបើវាមិនត្រូវនៅសល់។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any other backups or copies of the vault folder you made (USB sticks, other computers): each still opens with the passphrase or recovery key of its time.</source>
        <translation>ការបម្រុងទុក ឬច្បាប់ចម្លងផ្សេងទៀតនៃថតឃ្លាំងទិន្នន័យដែលអ្នកបានធ្វើ (USB កុំព្យូទ័រផ្សេង)៖ នីមួយៗនៅតែបើកបានដោយឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះនៃពេលនោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundles you sent to partners: their copies are in their vaults.</source>
        <translation>កញ្ចប់ទិន្នន័យដែលអ្នកបានផ្ញើទៅដៃគូ៖ ច្បាប់ចម្លងរបស់ពួកគេនៅក្នុងឃ្លាំងទិន្នន័យរបស់ពួកគេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports and CSV files you wrote out are ordinary files; delete them separately.</source>
        <translation>របាយការណ៍ និងឯកសារ CSV ដែលអ្នកបាននាំចេញ គឺជាឯកសារធម្មតា; សូមលុបវាដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disk image taken before now keeps everything; on SSDs and some file systems old blocks can survive the overwrite.</source>
        <translation>រូបភាពថាស (disk image) ដែលបានថតមុនពេលនេះ នៅរក្សាអ្វីៗទាំងអស់; នៅលើ SSD និងប្រព័ន្ធឯកសារខ្លះ ប្លុកចាស់អាចនៅសល់ ទោះបីសរសេរជាន់ពីលើហើយក៏ដោយ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destroy this vault</source>
        <translation>បំផ្លាញឃ្លាំងទិន្នន័យនេះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This overwrites and removes the vault in %1: the key file first, then the database. Nobody can open it on this computer afterwards, you included. It cannot be undone.</source>
        <translation>សកម្មភាពនេះសរសេរជាន់ពីលើ ហើយដកចេញឃ្លាំងទិន្នន័យនៅក្នុង %1៖ ឯកសារកូនសោមុន បន្ទាប់មកមូលដ្ឋានទិន្នន័យ។ បន្ទាប់ពីនេះ គ្មាននរណាម្នាក់អាចបើកវានៅលើកុំព្យូទ័រនេះបានទេ រួមទាំងអ្នកផង។ មិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What remains afterwards:</source>
        <translation>អ្វីដែលនៅសល់បន្ទាប់ពីនេះ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destroy</source>
        <translation>បំផ្លាញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To confirm, type the word “%1”:</source>
        <translation>ដើម្បីបញ្ជាក់ សូមវាយពាក្យ “%1” (ឬ destroy)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>ពាក្យបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy now</source>
        <translation>បំផ្លាញឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No vault is selected.</source>
        <translation>មិនទាន់បានជ្រើសរើសឃ្លាំងទិន្នន័យទេ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The vault in %1 was destroyed.</source>
        <translation>ឃ្លាំងទិន្នន័យនៅក្នុង %1 ត្រូវបានបំផ្លាញហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What remains:</source>
        <translation>អ្វីដែលនៅសល់៖</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../app/ui/models/directory.py" line="+15"/>
        <source>Woman</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undisclosed</source>
        <translation>មិនបញ្ចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union</source>
        <translation>សហជីព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic</source>
        <translation>ស្ថាប័នសិក្សា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyers</source>
        <translation>មេធាវី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>ប្រព័ន្ធផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth group</source>
        <translation>ក្រុមយុវជន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <translation>ស្ថានទូត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <translation>ទីភ្នាក់ងារអង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional partner</source>
        <translation>ដៃគូក្នុងតំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាលអន្តរជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>រដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+37"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Code name</source>
        <translation>ឈ្មោះកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(anonymous)</source>
        <translation>(អនាមិក)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acronym</source>
        <translation>អក្សរកាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>មនុស្ស</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <location filename="../../app/ui/screens/directory.py" line="+97"/>
        <source>Filter people by name</source>
        <translation>ត្រងមនុស្សតាមឈ្មោះ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance history</source>
        <translation>ប្រវត្តិវត្តមាន</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attended:</source>
        <translation>បានចូលរួម៖</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+19"/>
        <source>People</source>
        <translation>មនុស្ស</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter organisations by name</source>
        <translation>ត្រងអង្គការតាមឈ្មោះ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members:</source>
        <translation>សមាជិក៖</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+19"/>
        <source>Organisations</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Anonymous: never named outside this vault</source>
        <translation>អនាមិក៖ មិនដែលដាក់ឈ្មោះនៅក្រៅឃ្លាំងទិន្នន័យនេះទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code name</source>
        <translation>ឈ្មោះកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Contact details recorded (open Edit to see them).</source>
        <translation>មានព័ត៌មានទំនាក់ទំនងបានកត់ត្រា (បើក «កែសម្រួល» ដើម្បីមើល)។</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>No recorded attendance.</source>
        <translation>គ្មានវត្តមានបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Contact details recorded, published by the organisation.</source>
        <translation>ព័ត៌មានទំនាក់ទំនងដែលបានកត់ត្រា ដែលអង្គការបានផ្សព្វផ្សាយ។</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../app/ui/protect/border_dialogs.py" line="+165"/>
        <source>Duress passphrase</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A second passphrase for when you are forced to unlock. Typed where the passphrase is asked (the start screen or the command line), it removes the real passphrase from this computer and opens a decoy vault with ordinary meetings instead. Afterwards the real passphrase fails like a wrong one; the real records come back only with the recovery key, the recovery shares or a backup.

What it cannot do: a copy of the disk made before keeps everything; someone who watched you type the real passphrase knows this one is different; a forensic examiner may see that keys were just replaced, and that can be charged as destroying evidence.</source>
        <translation>ឃ្លាសម្ងាត់ទីពីរ សម្រាប់ពេលដែលអ្នកត្រូវបានបង្ខំឱ្យដោះសោ។ នៅពេលវាយវានៅកន្លែងដែលសួររកឃ្លាសម្ងាត់ (អេក្រង់ចាប់ផ្ដើម ឬបន្ទាត់បញ្ជា) វាដកឃ្លាសម្ងាត់ពិតចេញពីកុំព្យូទ័រនេះ ហើយបើកឃ្លាំងទិន្នន័យបញ្ឆោតដែលមានកិច្ចប្រជុំធម្មតាជំនួសវិញ។ បន្ទាប់មក ឃ្លាសម្ងាត់ពិតបរាជ័យដូចឃ្លាសម្ងាត់ខុស; កំណត់ត្រាពិតអាចយកមកវិញបានតែដោយកូនសោសង្គ្រោះ ចំណែកសង្គ្រោះ ឬការបម្រុងទុកប៉ុណ្ណោះ។

អ្វីដែលវាមិនអាចធ្វើបាន៖ ច្បាប់ចម្លងថាសដែលបានធ្វើពីមុន រក្សាអ្វីៗទាំងអស់; អ្នកដែលបានមើលអ្នកវាយឃ្លាសម្ងាត់ពិត ដឹងថាឃ្លានេះខុសគ្នា; អ្នកជំនាញកោសល្យវិច្ច័យអាចឃើញថាកូនសោទើបតែត្រូវបានជំនួស ហើយការនោះអាចត្រូវចោទថាជាការបំផ្លាញភស្តុតាង។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase:</source>
        <translation>ឃ្លាសម្ងាត់របស់អ្នក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat it:</source>
        <translation>វាយវាម្ដងទៀត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the decoy with the app&apos;s sample meetings</source>
        <translation>បំពេញឃ្លាំងទិន្នន័យបញ្ឆោតដោយកិច្ចប្រជុំគំរូរបស់កម្មវិធី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the decoy empty; I will fill it</source>
        <translation>ចាប់ផ្ដើមឃ្លាំងទិន្នន័យបញ្ឆោតទទេ; ខ្ញុំនឹងបំពេញវាដោយខ្លួនឯង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default: your organisation&apos;s name</source>
        <translation>លំនាំដើម៖ ឈ្មោះអង្គការរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add meetings a searcher should find, use Open the decoy… in Settings: the app locks and opens the decoy; lock it when you are done.</source>
        <translation>ដើម្បីបន្ថែមកិច្ចប្រជុំដែលអ្នកឆែកឆេរគួររកឃើញ សូមប្រើ «បើកឃ្លាំងទិន្នន័យបញ្ឆោត…» នៅក្នុងការកំណត់៖ កម្មវិធីចាក់សោ ហើយបើកឃ្លាំងទិន្នន័យបញ្ឆោត; ចាក់សោវានៅពេលអ្នករួចរាល់។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <translation>ប្ដូរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up</source>
        <translation>រៀបចំ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decoy:</source>
        <translation>ឃ្លាំងទិន្នន័យបញ្ឆោត៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoy organisation:</source>
        <translation>អង្គការរបស់ឃ្លាំងទិន្នន័យបញ្ឆោត៖</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type your passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This is the decoy vault. Add what a searcher should find, then lock (Ctrl+L). Your passphrase opens the real vault again.</source>
        <translation>នេះគឺជាឃ្លាំងទិន្នន័យបញ្ឆោត។ បន្ថែមអ្វីដែលអ្នកឆែកឆេរគួររកឃើញ រួចចាក់សោ (Ctrl+L)។ ឃ្លាសម្ងាត់របស់អ្នកបើកឃ្លាំងទិន្នន័យពិតម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/cli/__init__.py" line="+88"/>
        <source>The vault could not be read.</source>
        <translation>មិនអាចអានឃ្លាំងទិន្នន័យបានទេ។</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Interrupted; nothing was changed.</source>
        <translation>បានបញ្ឈប់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>internal error ({name}); nothing sensitive was printed.</source>
        <translation>កំហុសខាងក្នុង ({name})។ គ្មានព័ត៌មានរសើបណាមួយត្រូវបានបង្ហាញទេ។</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="-39"/>
        <source>The passphrase file could not be read.</source>
        <translation>មិនអាចអានឯកសារឃ្លាសម្ងាត់បានទេ។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No passphrase given: use --passphrase-file or {variable}.</source>
        <translation>មិនទាន់បានផ្ដល់ឃ្លាសម្ងាត់ទេ៖ សូមប្រើ --passphrase-file ឬ {variable}។</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchange_cmds.py" line="-653"/>
        <location filename="../../app/errors.py" line="+531"/>
        <source>The file could not be read.</source>
        <translation>មិនអាចអានឯកសារបានទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large for a card or key.</source>
        <translation>ឯកសារធំពេកសម្រាប់កាតទំនាក់ទំនង ឬកូនសោ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --card FILE with --rotate so the new card is saved.</source>
        <translation>សូមផ្ដល់ --card FILE ជាមួយ --rotate ដើម្បីរក្សាទុកកាតទំនាក់ទំនងថ្មី។</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Give --fingerprint with the digits your partner read to you.</source>
        <translation>សូមផ្ដល់ --fingerprint ជាមួយលេខដែលដៃគូរបស់អ្នកបានអានប្រាប់អ្នក។</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Removing a contact needs confirming: add --yes.</source>
        <translation>ការដកទំនាក់ទំនងចេញត្រូវការការបញ្ជាក់៖ សូមបន្ថែម --yes។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--to-date goes with --from.</source>
        <translation>--to-date ត្រូវប្រើជាមួយ --from។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/cli/seal_cmds.py" line="-52"/>
        <location line="+31"/>
        <source>The output file exists already; choose another name.</source>
        <translation>ឯកសារលទ្ធផលមានរួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Give the sender&apos;s contact card or minisign .pub with --signer to check it.</source>
        <translation>សូមផ្ដល់កាតទំនាក់ទំនងរបស់អ្នកផ្ញើ ឬឯកសារ minisign .pub ជាមួយ --signer ដើម្បីពិនិត្យវា។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give each organiser&apos;s contact card or minisign .pub with --signer.</source>
        <translation>សូមផ្ដល់កាតទំនាក់ទំនង ឬ .pub minisign របស់អ្នករៀបចំម្នាក់ៗ ជាមួយ --signer។</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>Several values stand for this field; choose in the app.</source>
        <translation>មានតម្លៃច្រើនសម្រាប់វាលនេះ; សូមជ្រើសរើសនៅក្នុងកម្មវិធី។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lowering a privacy flag makes this visible to partners and in reports; add --yes to confirm.</source>
        <translation>ការបន្ទាបសញ្ញាឯកជនភាពធ្វើឱ្យអ្វីៗនេះឃើញដោយដៃគូ និងនៅក្នុងរបាយការណ៍; សូមបន្ថែម --yes ដើម្បីបញ្ជាក់។</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmds.py" line="-201"/>
        <source>No recovery shares given: set {variable}.</source>
        <translation>មិនបានផ្ដល់ចំណែកសង្គ្រោះ៖ សូមកំណត់ {variable}។</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../app/cli/vault_cmds.py" line="-18"/>
        <source>No recovery key given: set {variable}.</source>
        <translation>មិនទាន់បានផ្ដល់កូនសោសង្គ្រោះទេ៖ សូមកំណត់ {variable}។</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Name the new vault folder with --vault.</source>
        <translation>សូមដាក់ឈ្មោះថតឃ្លាំងទិន្នន័យថ្មីដោយ --vault។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The output must be a folder.</source>
        <translation>លទ្ធផលត្រូវតែជាថត។</translation>
    </message>
    <message>
        <location filename="../../app/crypto/bundle_reader.py" line="+99"/>
        <source>The bundle file could not be read.</source>
        <translation>មិនអាចអានឯកសារកញ្ចប់ទិន្នន័យបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/crypto/identity.py" line="+75"/>
        <source>The vault has no organisation identity.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះគ្មានអត្តសញ្ញាណអង្គការទេ។</translation>
    </message>
    <message>
        <location filename="../../app/crypto/kdf.py" line="+55"/>
        <source>The vault key file has unsupported key-derivation settings.</source>
        <translation>ឯកសារកូនសោរបស់ឃ្លាំងទិន្នន័យមានការកំណត់បង្កើតកូនសោដែលមិនត្រូវបានគាំទ្រ។</translation>
    </message>
    <message>
        <location filename="../../app/crypto/keyfile.py" line="+143"/>
        <location filename="../../app/crypto/keyfile_v1.py" line="+134"/>
        <location line="+28"/>
        <source>The vault key file is from a newer version of Roundtable.</source>
        <translation>ឯកសារកូនសោរបស់ឃ្លាំងទិន្នន័យមកពីកំណែថ្មីជាងនេះរបស់ Roundtable។</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="-514"/>
        <source>The operation failed.</source>
        <translation>ប្រតិបត្តិការបានបរាជ័យ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault could not be used.</source>
        <translation>មិនអាចប្រើឃ្លាំងទិន្នន័យបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No vault found in this folder.</source>
        <translation>រកមិនឃើញឃ្លាំងទិន្នន័យនៅក្នុងថតនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vault already exists in this folder.</source>
        <translation>មានឃ្លាំងទិន្នន័យនៅក្នុងថតនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is in use by another Roundtable window or process.</source>
        <translation>ឃ្លាំងទិន្នន័យកំពុងត្រូវបានប្រើដោយបង្អួច ឬដំណើរការ Roundtable ផ្សេងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault files are damaged or are not a Roundtable vault.</source>
        <translation>ឯកសាររបស់ឃ្លាំងទិន្នន័យខូច ឬមិនមែនជាឃ្លាំងទិន្នន័យ Roundtable ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is locked.</source>
        <translation>ឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault was made by a newer version of Roundtable. Please update Roundtable.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះត្រូវបានបង្កើតដោយកំណែថ្មីជាងនេះរបស់ Roundtable។ សូមធ្វើបច្ចុប្បន្នភាព Roundtable។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong passphrase.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong recovery key.</source>
        <translation>កូនសោសង្គ្រោះមិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too weak.</source>
        <translation>ឃ្លាសម្ងាត់ខ្សោយពេក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is too weak. {reason} {hint}</source>
        <translation>ឃ្លាសម្ងាត់នេះខ្សោយពេក។ {reason} {hint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two passphrases do not match.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was changed.</source>
        <translation>ថាសពេញហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault could not be written; nothing was changed.</source>
        <translation>មិនអាចសរសេរទៅឃ្លាំងទិន្នន័យបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer could not read back its temporary copy of the bundle (a disk error). Nothing was changed; try again.</source>
        <translation>កុំព្យូទ័រនេះមិនអាចអានច្បាប់ចម្លងបណ្ដោះអាសន្ននៃកញ្ចប់ទិន្នន័យរបស់វាឡើងវិញបានទេ (កំហុសថាស)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record could not be saved.</source>
        <translation>មិនអាចរក្សាទុកកំណត់ត្រាបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record was not found.</source>
        <translation>រកមិនឃើញកំណត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input is not valid.</source>
        <translation>ទិន្នន័យដែលបានបញ្ចូលមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment is too large.</source>
        <translation>ឯកសារភ្ជាប់ធំពេក។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file&apos;s content was not included when the meeting was shared with you; ask the sender to export it with its attachments.</source>
        <translation>ខ្លឹមសារនៃឯកសារនេះមិនត្រូវបានដាក់បញ្ចូលទេ នៅពេលកិច្ចប្រជុំត្រូវបានចែករំលែកជាមួយអ្នក។ សូមស្នើឱ្យអ្នកផ្ញើនាំចេញវាម្ដងទៀតជាមួយឯកសារភ្ជាប់។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle was rejected.</source>
        <translation>កញ្ចប់ទិន្នន័យត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact card is older than the one you already have; nothing was changed.</source>
        <translation>កាតទំនាក់ទំនងនេះចាស់ជាងកាតដែលអ្នកមានរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a Roundtable bundle or is damaged.</source>
        <translation>ឯកសារនេះមិនមែនជាកញ្ចប់ទិន្នន័យ Roundtable ទេ ឬវាខូច។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle file is incomplete (cut off); copy it again from the sender.</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យមិនពេញលេញ (ដាច់កណ្ដាល)។ សូមចម្លងវាម្ដងទៀតពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not a bundle file (it is a folder, a device or another special file).</source>
        <translation>នោះមិនមែនជាឯកសារកញ្ចប់ទិន្នន័យទេ (វាជាថត ឧបករណ៍ ឬឯកសារពិសេសផ្សេងទៀត)។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle file is damaged (a checksum does not match); copy it again.</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យខូច (តម្លៃផ្ទៀងផ្ទាត់មួយមិនត្រូវគ្នា)។ សូមចម្លងវាម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle does not contain exactly the files a bundle must contain.</source>
        <translation>កញ្ចប់ទិន្នន័យមិនមានឯកសារត្រឹមត្រូវតាមអ្វីដែលកញ្ចប់ទិន្នន័យមួយត្រូវតែមានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle contains the same file name twice; it was tampered with.</source>
        <translation>កញ្ចប់ទិន្នន័យមានឈ្មោះឯកសារដដែលពីរដង។ វាត្រូវបានគេលួចកែប្រែ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle contains a file path that points outside the bundle; it was rejected.</source>
        <translation>កញ្ចប់ទិន្នន័យមានផ្លូវឯកសារដែលចង្អុលទៅក្រៅកញ្ចប់ទិន្នន័យ។ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle is larger than allowed, or unpacks to far more than its size.</source>
        <translation>កញ្ចប់ទិន្នន័យធំជាងទំហំដែលអនុញ្ញាត ឬពន្លាចេញធំជាងទំហំរបស់វាច្រើនពេក។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle holds more records than one import may take (a limit that keeps a bundle from exhausting this computer&apos;s memory). Ask the sender to export fewer meetings at a time.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះមានកំណត់ត្រាច្រើនជាងការនាំចូលម្ដងអាចទទួលបាន (ដែនកំណត់នេះការពារកុំឱ្យកញ្ចប់ទិន្នន័យប្រើអង្គចងចាំរបស់កុំព្យូទ័រនេះអស់)។ សូមស្នើអ្នកផ្ញើឱ្យនាំចេញកិច្ចប្រជុំតិចជាងនេះក្នុងមួយលើក។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bundle is signed by an organisation that is not among your contacts.</source>
        <translation>កញ្ចប់ទិន្នន័យត្រូវបានចុះហត្ថលេខាដោយអង្គការដែលមិនមាននៅក្នុងបញ្ជីទំនាក់ទំនងរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signature file belongs to something else, not to this bundle.</source>
        <translation>ឯកសារហត្ថលេខានេះជារបស់អ្វីផ្សេង មិនមែនរបស់កញ្ចប់ទិន្នន័យនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះត្រូវបាននាំចូលរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle is older than one already imported from the same organisation (a replayed or rolled-back bundle); it was rejected.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះចាស់ជាងកញ្ចប់ដែលបាននាំចូលរួចហើយពីអង្គការដដែល (កញ្ចប់ដែលគេផ្ញើឡើងវិញ ឬត្រឡប់ទៅកំណែចាស់)។ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle was not encrypted for your organisation.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះមិនត្រូវបានអ៊ិនគ្រីបសម្រាប់អង្គការរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s encrypted content is damaged and cannot be decrypted.</source>
        <translation>ខ្លឹមសារដែលបានអ៊ិនគ្រីបរបស់កញ្ចប់ទិន្នន័យខូច ហើយមិនអាចឌិគ្រីបបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s contents were signed by a different key than the bundle itself: it was re-packaged (forwarded) by someone else.</source>
        <translation>ខ្លឹមសាររបស់កញ្ចប់ទិន្នន័យត្រូវបានចុះហត្ថលេខាដោយកូនសោផ្សេងពីកូនសោរបស់កញ្ចប់ខ្លួនឯង៖ វាត្រូវបានវេចខ្ចប់ឡើងវិញ (បញ្ជូនបន្ត) ដោយអ្នកផ្សេង។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signature of the bundle&apos;s table of contents does not match it.</source>
        <translation>ហត្ថលេខានៃបញ្ជីមាតិការបស់កញ្ចប់ទិន្នន័យមិនត្រូវគ្នានឹងបញ្ជីមាតិកានោះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s table of contents does not match its signed description.</source>
        <translation>បញ្ជីមាតិការបស់កញ្ចប់ទិន្នន័យមិនត្រូវគ្នានឹងការពិពណ៌នាដែលបានចុះហត្ថលេខារបស់វាទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle claims to come from one organisation but was signed by another.</source>
        <translation>កញ្ចប់ទិន្នន័យអះអាងថាមកពីអង្គការមួយ ប៉ុន្តែត្រូវបានចុះហត្ថលេខាដោយអង្គការមួយទៀត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your organisation is not among the bundle&apos;s listed recipients: it was forwarded to you.</source>
        <translation>អង្គការរបស់អ្នកមិនមាននៅក្នុងបញ្ជីអ្នកទទួលរបស់កញ្ចប់ទិន្នន័យទេ៖ វាត្រូវបានគេបញ្ជូនបន្តមកអ្នក។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A file inside the bundle does not match its listed checksum.</source>
        <translation>ឯកសារមួយនៅក្នុងកញ្ចប់ទិន្នន័យមិនត្រូវគ្នានឹងតម្លៃផ្ទៀងផ្ទាត់ដែលបានចុះក្នុងបញ្ជីទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle file could not be written (check the folder and free space).</source>
        <translation>មិនអាចសរសេរឯកសារកញ្ចប់ទិន្នន័យបានទេ (សូមពិនិត្យថត និងទំហំទំនេរ)។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These meetings hold more records than one bundle may carry. Nothing was exported: export fewer meetings at a time.</source>
        <translation>កិច្ចប្រជុំទាំងនេះមានកំណត់ត្រាច្រើនជាងកញ្ចប់ទិន្នន័យមួយអាចផ្ទុកបាន។ គ្មានអ្វីត្រូវបាននាំចេញទេ៖ សូមនាំចេញកិច្ចប្រជុំតិចជាងនេះក្នុងមួយលើក។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bundle was made and recorded, but its file could not be saved under its name (check the folder and free space). Nothing was sent: export again; your partner will be told that one earlier bundle was not imported.</source>
        <translation>កញ្ចប់ទិន្នន័យត្រូវបានបង្កើត និងកត់ត្រាទុកហើយ ប៉ុន្តែមិនអាចរក្សាទុកឯកសាររបស់វាក្រោមឈ្មោះរបស់វាបានទេ (សូមពិនិត្យថត និងទំហំទំនេរ)។ គ្មានអ្វីត្រូវបានផ្ញើទេ៖ សូមនាំចេញម្ដងទៀត។ ដៃគូរបស់អ្នកនឹងត្រូវបានប្រាប់ថា កញ្ចប់ទិន្នន័យមុនមួយមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The records inside the bundle are not valid.</source>
        <translation>កំណត់ត្រានៅក្នុងកញ្ចប់ទិន្នន័យមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s change log does not match the checkpoint its sender signed.</source>
        <translation>បញ្ជីការផ្លាស់ប្ដូរក្នុងកញ្ចប់ទិន្នន័យ មិនត្រូវនឹងចំណុចត្រួតពិនិត្យដែលអ្នកផ្ញើបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signed change-log checkpoints do not only grow: the sender rewrote its history.</source>
        <translation>ចំណុចត្រួតពិនិត្យដែលបានចុះហត្ថលេខា មិនមែនគ្រាន់តែកើនឡើងទេ៖ អ្នកផ្ញើបានសរសេរប្រវត្តិរបស់ខ្លួនឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bundle carries no change-log checkpoint (made before history).</source>
        <translation>កញ្ចប់ទិន្នន័យនេះគ្មានចំណុចត្រួតពិនិត្យនៃបញ្ជីការផ្លាស់ប្ដូរទេ (បង្កើតមុនពេលមានប្រវត្តិ)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sealed report or a signature on it does not verify: it was changed, or signed for other content.</source>
        <translation>មិនអាចផ្ទៀងផ្ទាត់របាយការណ៍បិទត្រា ឬហត្ថលេខាលើវាបានទេ៖ វាត្រូវបានផ្លាស់ប្ដូរ ឬបានចុះហត្ថលេខាសម្រាប់ខ្លឹមសារផ្សេង។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An organisation you gave (--signer) has no signature on this report.</source>
        <translation>អង្គការមួយដែលអ្នកបានផ្ដល់ (--signer) គ្មានហត្ថលេខាលើរបាយការណ៍នេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sealed report is a PDF, ODT or DOCX file: name it FILE.pdf, .odt or .docx.</source>
        <translation>របាយការណ៍បិទត្រាគឺជាឯកសារ PDF, ODT ឬ DOCX៖ សូមដាក់ឈ្មោះវា FILE.pdf, .odt ឬ .docx។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This report was sealed as a PDF only (before ODT and DOCX were sealed): save it as FILE.pdf, or seal it again as a new version.</source>
        <translation>របាយការណ៍នេះត្រូវបានបិទត្រាជា PDF តែប៉ុណ្ណោះ (មុនពេល ODT និង DOCX ត្រូវបានបិទត្រា)៖ សូមរក្សាទុកវាជា FILE.pdf ឬបិទត្រាវាម្ដងទៀតជាកំណែថ្មី។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact could not be used.</source>
        <translation>មិនអាចប្រើទំនាក់ទំនងនេះបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact of that name or fingerprint.</source>
        <translation>គ្មានទំនាក់ទំនងដែលមានឈ្មោះ ឬស្នាមម្រាមដៃកូនសោនោះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one contact matches; use the fingerprint or the full name.</source>
        <translation>មានទំនាក់ទំនងច្រើនជាងមួយត្រូវគ្នា។ សូមប្រើស្នាមម្រាមដៃកូនសោ ឬឈ្មោះពេញ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A signature beside the sealed report was made with a key you did not give (--signer).</source>
        <translation>ហត្ថលេខាមួយនៅក្បែររបាយការណ៍បិទត្រា ត្រូវបានធ្វើដោយកូនសោដែលអ្នកមិនបានផ្ដល់ (--signer)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature {file} beside the sealed report was made with a key you did not give (--signer).</source>
        <translation>ហត្ថលេខា {file} នៅក្បែររបាយការណ៍បិទត្រា ត្រូវបានធ្វើដោយកូនសោដែលអ្នកមិនបានផ្ដល់ (--signer)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A contact with this organisation already exists with a different key, and the new card is not signed by the old key. Remove the old contact first if the change is genuine.</source>
        <translation>ទំនាក់ទំនងនៃអង្គការនេះមានរួចហើយ ជាមួយកូនសោផ្សេង ហើយកាតទំនាក់ទំនងថ្មីមិនត្រូវបានចុះហត្ថលេខាដោយកូនសោចាស់ទេ។ ប្រសិនបើការផ្លាស់ប្ដូរនេះពិតប្រាកដ សូមលុបទំនាក់ទំនងចាស់ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card&apos;s organisation id is already held by your contact {name} (fingerprint {fp}), whose key is different, and the card is not a key change signed by that key. Organisation ids never repeat by chance: one of the two organisations copied the other&apos;s id. Compare both fingerprints with the organisations themselves (by phone or in person), then remove the wrong contact (roundtable contacts remove, or Remove contact in Contacts) and add the right card again. Nothing was changed.</source>
        <translation>លេខសម្គាល់អង្គការរបស់កាតនេះ ជារបស់ទំនាក់ទំនង {name} របស់អ្នករួចហើយ (ស្នាមម្រាមដៃកូនសោ {fp}) ដែលមានកូនសោខុសគ្នា ហើយកាតនេះមិនមែនជាការប្ដូរកូនសោដែលបានចុះហត្ថលេខាដោយកូនសោនោះទេ។ លេខសម្គាល់អង្គការមិនដែលដូចគ្នាដោយចៃដន្យទេ៖ អង្គការមួយក្នុងចំណោមអង្គការទាំងពីរបានចម្លងលេខសម្គាល់របស់អង្គការមួយទៀត។ សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោទាំងពីរជាមួយអង្គការទាំងនោះផ្ទាល់ (តាមទូរសព្ទ ឬដោយផ្ទាល់) រួចដកទំនាក់ទំនងដែលខុសចេញ (roundtable contacts remove ឬ ដកទំនាក់ទំនងចេញ នៅក្នុងទំនាក់ទំនង) ហើយបន្ថែមកាតដែលត្រឹមត្រូវម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This card&apos;s key is already the key of your contact {name} (fingerprint {fp}) under another organisation id. One key stands for one organisation; ask the organisation which id is its own. Nothing was changed.</source>
        <translation>កូនសោរបស់កាតនេះ ជាកូនសោរបស់ទំនាក់ទំនង {name} របស់អ្នករួចហើយ (ស្នាមម្រាមដៃកូនសោ {fp}) ក្រោមលេខសម្គាល់អង្គការមួយផ្សេងទៀត។ កូនសោមួយតំណាងឱ្យអង្គការមួយ; សូមសួរអង្គការថា លេខសម្គាល់មួយណាជារបស់ខ្លួន។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This card claims your own organisation&apos;s id with another key. Organisation ids never repeat by chance: the card copied yours, and is refused. Nothing was changed.</source>
        <translation>កាតនេះអះអាងថាមានលេខសម្គាល់អង្គការរបស់អ្នកផ្ទាល់ ដោយប្រើកូនសោផ្សេង។ លេខសម្គាល់អង្គការមិនដែលដូចគ្នាដោយចៃដន្យទេ៖ កាតនេះបានចម្លងលេខសម្គាល់របស់អ្នក ហើយត្រូវបានបដិសេធ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another contact, or your own organisation, already has this name (compared ignoring case, spacing and character forms): the two could be mistaken for each other, so the card was not accepted. Ask the organisation to use a distinct name.</source>
        <translation>ទំនាក់ទំនងមួយផ្សេងទៀត ឬអង្គការរបស់អ្នកផ្ទាល់ មានឈ្មោះនេះរួចហើយ (ប្រៀបធៀបដោយមិនគិតពីអក្សរធំតូច ដកឃ្លា និងទម្រង់តួអក្សរ)៖ ទាំងពីរអាចត្រូវច្រឡំគ្នា ដូច្នេះកាតនេះមិនត្រូវបានទទួលយកទេ។ សូមស្នើអង្គការឱ្យប្រើឈ្មោះដែលខុសគ្នា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name on this card looks the same as that of your contact {name} (fingerprint {fp}; compared ignoring case, spacing and character forms): the two could be mistaken for each other, so the card was not accepted. If that contact is not who it claims to be, compare fingerprints with the organisations and remove it; otherwise ask the organisation to use a distinct name. Nothing was changed.</source>
        <translation>ឈ្មោះនៅលើកាតនេះមើលទៅដូចឈ្មោះរបស់ទំនាក់ទំនង {name} របស់អ្នក (ស្នាមម្រាមដៃកូនសោ {fp}; ប្រៀបធៀបដោយមិនគិតពីអក្សរធំតូច ដកឃ្លា និងទម្រង់តួអក្សរ)៖ ទាំងពីរអាចត្រូវច្រឡំគ្នា ដូច្នេះកាតនេះមិនត្រូវបានទទួលយកទេ។ បើទំនាក់ទំនងនោះមិនមែនជាអ្នកដែលវាអះអាងទេ សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោជាមួយអង្គការ ហើយដកវាចេញ; បើមិនដូច្នោះទេ សូមស្នើអង្គការឱ្យប្រើឈ្មោះដែលខុសគ្នា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The name on this card looks the same as your own organisation&apos;s name, {name} (compared ignoring case, spacing and character forms), so the card was not accepted. Ask the organisation to use a distinct name. Nothing was changed.</source>
        <translation>ឈ្មោះនៅលើកាតនេះមើលទៅដូចឈ្មោះអង្គការរបស់អ្នកផ្ទាល់ {name} (ប្រៀបធៀបដោយមិនគិតពីអក្សរធំតូច ដកឃ្លា និងទម្រង់តួអក្សរ) ដូច្នេះកាតនេះមិនត្រូវបានទទួលយកទេ។ សូមស្នើអង្គការឱ្យប្រើឈ្មោះដែលខុសគ្នា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This card changes the contact&apos;s name; nothing was changed. Confirm the new name to accept it (on the command line: --accept-rename).</source>
        <translation>កាតនេះប្ដូរឈ្មោះទំនាក់ទំនង; គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមបញ្ជាក់ឈ្មោះថ្មី ដើម្បីទទួលយកវា (នៅលើបន្ទាត់បញ្ជា៖ --accept-rename)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fingerprint does not match; the contact was not marked verified.</source>
        <translation>ស្នាមម្រាមដៃកូនសោមិនត្រូវគ្នាទេ។ ទំនាក់ទំនងមិនត្រូវបានសម្គាល់ថាបានផ្ទៀងផ្ទាត់ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That conflict no longer exists or was already resolved.</source>
        <translation>ភាពមិនស៊ីគ្នានោះលែងមានទៀតហើយ ឬត្រូវបានដោះស្រាយរួចហើយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature file is damaged or is not a minisign signature.</source>
        <translation>ឯកសារហត្ថលេខាខូច ឬមិនមែនជាហត្ថលេខា minisign ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The public key is damaged or is not a minisign public key.</source>
        <translation>កូនសោសាធារណៈខូច ឬមិនមែនជាកូនសោសាធារណៈ minisign ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is in a legacy (not prehashed) minisign format; it is not accepted.</source>
        <translation>ហត្ថលេខានេះប្រើទម្រង់ minisign ចាស់ (មិនមែន prehashed)។ វាមិនត្រូវបានទទួលយកទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature was made with a different key.</source>
        <translation>ហត្ថលេខានេះត្រូវបានធ្វើឡើងដោយកូនសោផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signed description of the file (trusted comment) was altered.</source>
        <translation>ការពិពណ៌នាដែលបានចុះហត្ថលេខារបស់ឯកសារ (trusted comment) ត្រូវបានកែប្រែ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signed content was changed after it was signed.</source>
        <translation>ខ្លឹមសារដែលបានចុះហត្ថលេខាត្រូវបានផ្លាស់ប្ដូរក្រោយពេលចុះហត្ថលេខា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact card is damaged or is not a Roundtable contact card.</source>
        <translation>កាតទំនាក់ទំនងខូច ឬមិនមែនជាកាតទំនាក់ទំនង Roundtable ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact card&apos;s signature does not match its content.</source>
        <translation>ហត្ថលេខារបស់កាតទំនាក់ទំនងមិនត្រូវគ្នានឹងខ្លឹមសាររបស់វាទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key change is not signed by the contact&apos;s current key.</source>
        <translation>ការផ្លាស់ប្ដូរកូនសោមិនត្រូវបានចុះហត្ថលេខាដោយកូនសោបច្ចុប្បន្នរបស់ទំនាក់ទំនងនោះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card&apos;s organisation id is held by your contact {name} (fingerprint {fp}), and the card&apos;s key change is not signed by that contact&apos;s current key. Either the card is not from that organisation, or that contact copied the organisation&apos;s id. Compare both fingerprints with the organisation itself (by phone or in person), then remove the wrong contact and add the right card again. Nothing was changed.</source>
        <translation>លេខសម្គាល់អង្គការរបស់កាតនេះ ជារបស់ទំនាក់ទំនង {name} របស់អ្នក (ស្នាមម្រាមដៃកូនសោ {fp}) ហើយការប្ដូរកូនសោរបស់កាតនេះ មិនបានចុះហត្ថលេខាដោយកូនសោបច្ចុប្បន្នរបស់ទំនាក់ទំនងនោះទេ។ ប្រហែលកាតនេះមិនមែនមកពីអង្គការនោះ ឬទំនាក់ទំនងនោះបានចម្លងលេខសម្គាល់របស់អង្គការ។ សូមប្រៀបធៀបស្នាមម្រាមដៃកូនសោទាំងពីរជាមួយអង្គការនោះផ្ទាល់ (តាមទូរសព្ទ ឬដោយផ្ទាល់) រួចដកទំនាក់ទំនងដែលខុសចេញ ហើយបន្ថែមកាតដែលត្រឹមត្រូវម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report could not be produced.</source>
        <translation>មិនអាចបង្កើតរបាយការណ៍បានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to report for this choice.</source>
        <translation>គ្មានអ្វីត្រូវរាយការណ៍សម្រាប់ជម្រើសនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written there; nothing was changed.</source>
        <translation>មិនអាចសរសេរឯកសារនៅទីនោះបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting is not part of a series.</source>
        <translation>កិច្ចប្រជុំនេះមិនមែនជាផ្នែកនៃស៊េរីណាមួយទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown report language: use en or km.</source>
        <translation>មិនស្គាល់ភាសារបាយការណ៍នេះទេ៖ សូមប្រើ en ឬ km។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown redaction policy: use full, partners or public.</source>
        <translation>មិនស្គាល់កម្រិតបិទបាំងនេះទេ៖ សូមប្រើ full (ពេញលេញ), partners (ដៃគូ) ឬ public (សាធារណៈ)។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>មិនអាចសរសេរឯកសារបានទេ។ សូមពិនិត្យថត និងទំហំទំនេរ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting has no later meeting in its series to carry the items to.</source>
        <translation>កិច្ចប្រជុំនេះគ្មានកិច្ចប្រជុំបន្ទាប់នៅក្នុងស៊េរីរបស់វា ដើម្បីផ្ទេរចំណុចទាំងនេះទៅទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be shown here. Use “Save a copy as…” to open it elsewhere.</source>
        <translation>មិនអាចបង្ហាញឯកសារនេះនៅទីនេះបានទេ។ សូមប្រើ «រក្សាទុកច្បាប់ចម្លងជា…» ដើម្បីបើកវានៅកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault folder cannot be written (it is read-only or you lack permission); nothing was changed.</source>
        <translation>មិនអាចសរសេរទៅថតឃ្លាំងទិន្នន័យបានទេ (វាអាចអានបានតែប៉ុណ្ណោះ ឬអ្នកគ្មានសិទ្ធិ); គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault files cannot be read: permission denied.</source>
        <translation>មិនអាចអានឯកសារឃ្លាំងទិន្នន័យបានទេ៖ គ្មានសិទ្ធិ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault path is a file, not a folder; choose a folder.</source>
        <translation>ផ្លូវឃ្លាំងទិន្នន័យជាឯកសារ មិនមែនជាថតទេ; សូមជ្រើសរើសថតមួយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vault.lock in the vault folder is not a file; move it away and try again.</source>
        <translation>vault.lock នៅក្នុងថតឃ្លាំងទិន្នន័យមិនមែនជាឯកសារទេ; សូមផ្លាស់វាចេញ ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase is not valid text (UTF-8); nothing was changed.</source>
        <translation>ឃ្លាសម្ងាត់មិនមែនជាអត្ថបទត្រឹមត្រូវទេ (UTF-8); គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault key file demands far more key-derivation work than Roundtable ever sets; it was not used.</source>
        <translation>ឯកសារកូនសោឃ្លាំងទិន្នន័យទាមទារការគណនាកូនសោច្រើនជាងអ្វីដែល Roundtable ធ្លាប់កំណត់ឆ្ងាយណាស់; វាមិនត្រូវបានប្រើទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk reported an error while reading or writing the vault; the vault may be fine. Try again, or copy the vault folder to another disk.</source>
        <translation>ថាសបានរាយការណ៍កំហុសពេលកំពុងអាន ឬសរសេរឃ្លាំងទិន្នន័យ; ឃ្លាំងទិន្នន័យប្រហែលជាមិនអីទេ។ សូមព្យាយាមម្ដងទៀត ឬចម្លងថតឃ្លាំងទិន្នន័យទៅថាសមួយផ្សេងទៀត។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup could not be used.</source>
        <translation>មិនអាចប្រើការបម្រុងទុកបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a Roundtable backup.</source>
        <translation>ឯកសារនេះមិនមែនជាការបម្រុងទុករបស់ Roundtable ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a newer version of Roundtable. Please update Roundtable.</source>
        <translation>ការបម្រុងទុកនេះត្រូវបានបង្កើតដោយកំណែថ្មីជាងរបស់ Roundtable។ សូមធ្វើបច្ចុប្បន្នភាព Roundtable។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is incomplete (cut short); nothing was restored.</source>
        <translation>ការបម្រុងទុកមិនពេញលេញ (ត្រូវបានកាត់ខ្លី); គ្មានអ្វីត្រូវបានស្ដារទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is damaged or was altered; nothing was restored.</source>
        <translation>ការបម្រុងទុកខូច ឬត្រូវបានកែប្រែ; គ្មានអ្វីត្រូវបានស្ដារទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is complete, but its database does not open: it is damaged.</source>
        <translation>ការបម្រុងទុកពេញលេញ ប៉ុន្តែមូលដ្ឋានទិន្នន័យរបស់វាមិនបើកទេ៖ វាខូច។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The destination is the vault itself or inside it; choose another place.</source>
        <translation>ទីតាំងគោលដៅ គឺជាឃ្លាំងទិន្នន័យផ្ទាល់ ឬនៅខាងក្នុងវា; សូមជ្រើសរើសកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recovery shares could not be used.</source>
        <translation>មិនអាចប្រើចំណែកសង្គ្រោះបានទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share {share}: word {position} (“{word}”) is not a share word.</source>
        <translation>ចំណែកទី {share}៖ ពាក្យទី {position} (“{word}”) មិនមែនជាពាក្យនៃចំណែកទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share {share}: word {position} (“{word}”) is mistyped; it should be “{fix}”.</source>
        <translation>ចំណែកទី {share}៖ ពាក្យទី {position} (“{word}”) វាយខុស; វាគួរតែជា “{fix}”។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share {share} has more than one mistyped word (its checksum does not match); check it word by word.</source>
        <translation>ចំណែកទី {share} មានពាក្យវាយខុសច្រើនជាងមួយ (លេខផ្ទៀងផ្ទាត់របស់វាមិនត្រូវគ្នា); សូមពិនិត្យវាម្ដងមួយពាក្យៗ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share {share} is not a Roundtable recovery share.</source>
        <translation>ចំណែកទី {share} មិនមែនជាចំណែកសង្គ្រោះរបស់ Roundtable ទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share {share} has {count} words; a share has 20 or 33 words.</source>
        <translation>ចំណែកទី {share} មាន {count} ពាក្យ; ចំណែកមួយមាន ២០ ឬ ៣៣ ពាក្យ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These shares do not belong to the same set: use shares made together, on the same day.</source>
        <translation>ចំណែកទាំងនេះមិនមែនជារបស់សំណុំតែមួយទេ៖ សូមប្រើចំណែកដែលបានបង្កើតជាមួយគ្នា នៅថ្ងៃតែមួយ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share {share} was typed twice.</source>
        <translation>ចំណែកទី {share} ត្រូវបានវាយពីរដង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{have} of the {need} shares needed: {missing} more needed. Fewer shares reveal nothing.</source>
        <translation>ចំណែក {have} ក្នុងចំណោម {need} ដែលត្រូវការ៖ ត្រូវការ {missing} ទៀត។ ចំណែកតិចជាងនេះ មិនបង្ហាញអ្វីទាំងអស់។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These shares are valid but do not open this vault: they are an older set, replaced when new shares were made, or belong to another vault.</source>
        <translation>ចំណែកទាំងនេះត្រឹមត្រូវ ប៉ុន្តែមិនបើកឃ្លាំងទិន្នន័យនេះទេ៖ វាជាសំណុំចាស់ ដែលត្រូវបានជំនួសនៅពេលបង្កើតចំណែកថ្មី ឬជារបស់ឃ្លាំងទិន្នន័យផ្សេង។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose between 2 and 16 shares and a threshold between 2 and the number of shares (asked for {threshold} of {shares}).</source>
        <translation>សូមជ្រើសរើសចំណែកពី ២ ដល់ ១៦ និងចំនួនចាំបាច់ពី ២ ដល់ចំនួនចំណែក (បានស្នើ {threshold} ក្នុងចំណោម {shares})។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder already holds share sheets; choose an empty folder.</source>
        <translation>ថតនេះមានសន្លឹកចំណែករួចហើយ; សូមជ្រើសរើសថតទទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure system keyring is available (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet); the vault cannot be bound to this device.</source>
        <translation>គ្មានឃ្លាំងកូនសោប្រព័ន្ធដែលមានសុវត្ថិភាពទេ (Windows Credential Manager, macOS Keychain, GNOME Keyring ឬ KWallet); មិនអាចភ្ជាប់ឃ្លាំងទិន្នន័យទៅឧបករណ៍នេះបានទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrong passphrase. {left} more wrong attempts and the vault on this computer is destroyed.</source>
        <translation>ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ។ ខុស {left} ដងទៀត ឃ្លាំងទិន្នន័យនៅលើកុំព្យូទ័រនេះនឹងត្រូវបំផ្លាញ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong passphrases: the vault on this computer has been destroyed. Only copies kept elsewhere (backups) can bring the records back.</source>
        <translation>ឃ្លាសម្ងាត់ខុសច្រើនដងពេក៖ ឃ្លាំងទិន្នន័យនៅលើកុំព្យូទ័រនេះត្រូវបានបំផ្លាញហើយ។ មានតែច្បាប់ចម្លងដែលរក្សាទុកនៅកន្លែងផ្សេង (ការបម្រុងទុក) ទេ ដែលអាចយកកំណត់ត្រាមកវិញបាន។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The duress passphrase must be different from the vault&apos;s passphrase; nothing was changed.</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ ត្រូវតែខុសពីឃ្លាសម្ងាត់របស់ឃ្លាំងទិន្នន័យ; គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This vault has no duress passphrase.</source>
        <translation>ឃ្លាំងទិន្នន័យនេះគ្មានឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duress passphrase could not be set up.</source>
        <translation>មិនអាចរៀបចំឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/exchange/conflicts.py" line="+79"/>
        <source>The chosen value has the wrong type for this field.</source>
        <translation>តម្លៃដែលបានជ្រើសរើសមានប្រភេទមិនត្រឹមត្រូវសម្រាប់វាលនេះ។</translation>
    </message>
    <message>
        <location filename="../../app/exchange/contacts.py" line="+235"/>
        <source>This is your own organisation&apos;s card.</source>
        <translation>នេះជាកាតទំនាក់ទំនងរបស់អង្គការអ្នកផ្ទាល់។</translation>
    </message>
    <message>
        <location filename="../../app/exchange/exporter.py" line="+72"/>
        <source>No meeting with that id.</source>
        <translation>គ្មានកិច្ចប្រជុំដែលមានលេខសម្គាល់នោះទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose meetings, a series, a date range or all meetings.</source>
        <translation>សូមជ្រើសរើសកិច្ចប្រជុំ ស៊េរីមួយ ចន្លោះកាលបរិច្ឆេទមួយ ឬកិច្ចប្រជុំទាំងអស់។</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Choose at least one recipient.</source>
        <translation>សូមជ្រើសរើសអ្នកទទួលយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings to export.</source>
        <translation>គ្មានកិច្ចប្រជុំត្រូវនាំចេញទេ។</translation>
    </message>
    <message>
        <location filename="../../app/exchange/verify.py" line="+47"/>
        <source>The signer&apos;s card or key file could not be read.</source>
        <translation>មិនអាចអានកាតទំនាក់ទំនង ឬឯកសារកូនសោរបស់អ្នកចុះហត្ថលេខាបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/storage/attachments.py" line="+90"/>
        <source>An attachment in the vault is damaged.</source>
        <translation>ឯកសារភ្ជាប់មួយនៅក្នុងឃ្លាំងទិន្នន័យខូច។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment is too large to show here.</source>
        <translation>ឯកសារភ្ជាប់ធំពេកមិនអាចបង្ហាញនៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/storage/database.py" line="+103"/>
        <source>SQLCipher is not available; refusing to open the vault.</source>
        <translation>មិនមាន SQLCipher ទេ ដូច្នេះមិនបើកឃ្លាំងទិន្នន័យទេ។</translation>
    </message>
    <message>
        <location filename="../../app/storage/records.py" line="+196"/>
        <source>A record with this id already exists.</source>
        <translation>កំណត់ត្រាដែលមានលេខសម្គាល់នេះមានរួចហើយ។</translation>
    </message>
    <message>
        <location filename="../../app/vault.py" line="+248"/>
        <source>An organisation name is needed.</source>
        <translation>ត្រូវការឈ្មោះអង្គការ។</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>vault.key does not belong to this vault.db.</source>
        <translation>vault.key មិនមែនជារបស់ vault.db នេះទេ។</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault key file (vault.key) is missing.</source>
        <translation>បាត់ឯកសារកូនសោរបស់ឃ្លាំងទិន្នន័យ (vault.key)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault database (vault.db) is missing.</source>
        <translation>បាត់មូលដ្ឋានទិន្នន័យរបស់ឃ្លាំងទិន្នន័យ (vault.db)។</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Unlock the vault once with this version before travel mode.</source>
        <translation>សូមដោះសោឃ្លាំងទិន្នន័យម្ដងជាមួយកំណែនេះ មុនពេលបើករបៀបធ្វើដំណើរ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange/contacts_view.py" line="-337"/>
        <source>The card file could not be read.</source>
        <translation>មិនអាចអានឯកសារកាតទំនាក់ទំនងបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange/export_dialog.py" line="+266"/>
        <source>No meetings match this choice.</source>
        <translation>គ្មានកិច្ចប្រជុំណាត្រូវនឹងជម្រើសនេះទេ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/actions.py" line="+37"/>
        <source>Select an action item first.</source>
        <translation>សូមជ្រើសរើសចំណុចសកម្មភាពមួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attachments.py" line="-82"/>
        <source>Select an attachment first.</source>
        <translation>សូមជ្រើសរើសឯកសារភ្ជាប់មួយជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance.py" line="+27"/>
        <source>This person is already on the attendance list of this session.</source>
        <translation>បុគ្គលនេះមាននៅក្នុងបញ្ជីវត្តមាននៃវគ្គនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no previous session to copy from.</source>
        <translation>គ្មានវគ្គមុនសម្រាប់ចម្លងពីទេ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/overview.py" line="+322"/>
        <source>A meeting needs a title.</source>
        <translation>កិច្ចប្រជុំត្រូវការចំណងជើង។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>កិច្ចប្រជុំមិនអាចបញ្ចប់មុនពេលវាចាប់ផ្ដើមបានទេ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/section.py" line="+82"/>
        <source>Dates are written as 2025-02-23, 23/02/2025 (day before month) or 20250223.</source>
        <translation>កាលបរិច្ឆេទសរសេរជា 2025-02-23, 23/02/2025 (ថ្ងៃមុនខែ) ឬ 20250223។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times are written as HH:MM, for example 09:30.</source>
        <translation>ម៉ោងសរសេរជា HH:MM ឧទាហរណ៍ 09:30។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/workspace.py" line="+379"/>
        <source>This meeting is no longer in the vault.</source>
        <translation>កិច្ចប្រជុំនេះលែងមាននៅក្នុងឃ្លាំងទិន្នន័យទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That entry is no longer in this meeting.</source>
        <translation>ធាតុនោះលែងមាននៅក្នុងកិច្ចប្រជុំនេះទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../../app/storage/attendance_import.py" line="+84"/>
        <source>The sheet has no rows to import.</source>
        <translation>សន្លឹកនេះគ្មានជួរដែលត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>The file is not a text file: save the sheet as CSV or XLSX.</source>
        <translation>ឯកសារនេះមិនមែនជាឯកសារអត្ថបទទេ៖ សូមរក្សាទុកសន្លឹកជា CSV ឬ XLSX។</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The workbook could not be read: save it again as XLSX or CSV.</source>
        <translation>មិនអាចអានសៀវភៅបញ្ជីបានទេ៖ សូមរក្សាទុកវាម្ដងទៀតជា XLSX ឬ CSV។</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The sheet is too large to be a sign-in sheet.</source>
        <translation>តារាងនេះធំពេក មិនមែនជាបញ្ជីចុះឈ្មោះទេ។</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Choose the column that holds the names.</source>
        <translation>សូមជ្រើសរើសជួរឈរដែលមានឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/narrative.py" line="+224"/>
        <source>A section needs a heading.</source>
        <translation>ផ្នែកមួយត្រូវការចំណងជើង។</translation>
    </message>
    <message>
        <location filename="../../app/cli/border_cmds.py" line="-32"/>
        <source>No duress passphrase given: set {variable} or use --duress-passphrase-file.</source>
        <translation>មិនបានផ្ដល់ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំទេ៖ សូមកំណត់ {variable} ឬប្រើ --duress-passphrase-file ។</translation>
    </message>
    <message>
        <location filename="../../app/cli/history_cmds.py" line="-56"/>
        <source>No such entry in this record&apos;s history: {n}.</source>
        <translation>គ្មានធាតុនេះនៅក្នុងប្រវត្តិនៃកំណត់ត្រានេះទេ៖ {n}។</translation>
    </message>
    <message>
        <location filename="../../app/cli/seal_cmds.py" line="-24"/>
        <source>Co-sign this sealed report before passing it on.</source>
        <translation>សូមចុះហត្ថលេខារួមលើរបាយការណ៍បិទត្រានេះ មុនពេលបញ្ជូនវាបន្ត។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read the sealed report first (roundtable cosign show), then sign with --yes.</source>
        <translation>សូមអានរបាយការណ៍បិទត្រាជាមុនសិន (roundtable cosign show) រួចចុះហត្ថលេខាដោយ --yes។</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/exchange/export_dialog.py" line="-221"/>
        <source>Full: everything (only for your own organisation&apos;s devices)</source>
        <translation>ពេញលេញ៖ ទាំងអស់ (សម្រាប់តែឧបករណ៍របស់អង្គការអ្នកផ្ទាល់)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners: no contact details, code names for anonymous people, no confidential minutes</source>
        <translation>ដៃគូ៖ គ្មានព័ត៌មានទំនាក់ទំនង ប្រើឈ្មោះកូដសម្រាប់មនុស្សអនាមិក គ្មានកំណត់ហេតុសម្ងាត់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public: as partners, and attendees are not named (counts remain)</source>
        <translation>សាធារណៈ៖ ដូចកម្រិតដៃគូ ហើយមិនដាក់ឈ្មោះអ្នកចូលរួម (នៅតែបង្ហាញចំនួន)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export a bundle for partners</source>
        <translation>នាំចេញកញ្ចប់ទិន្នន័យសម្រាប់ដៃគូ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These meetings</source>
        <translation>កិច្ចប្រជុំទាំងនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A series</source>
        <translation>ស៊េរីមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date range</source>
        <translation>ចន្លោះកាលបរិច្ឆេទមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All meetings</source>
        <translation>កិច្ចប្រជុំទាំងអស់</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Include attached files</source>
        <translation>ដាក់បញ្ចូលឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+40"/>
        <source>Recipients</source>
        <translation>អ្នកទទួល</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Meetings to export</source>
        <translation>កិច្ចប្រជុំដែលត្រូវនាំចេញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series to export</source>
        <translation>ស៊េរីដែលត្រូវនាំចេញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings from</source>
        <translation>កិច្ចប្រជុំចាប់ពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings up to</source>
        <translation>កិច្ចប្រជុំរហូតដល់</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bundle file to write</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យដែលត្រូវសរសេរ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>ដំណើរការនាំចេញ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Redaction</source>
        <translation>កម្រិតបិទបាំង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as</source>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>  (not verified)</source>
        <translation>  (មិនទាន់ផ្ទៀងផ្ទាត់)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the bundle</source>
        <translation>រក្សាទុកកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose at least one recipient.</source>
        <translation>សូមជ្រើសរើសអ្នកទទួលយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one meeting.</source>
        <translation>សូមជ្រើសរើសកិច្ចប្រជុំយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file name that does not exist yet.</source>
        <translation>សូមជ្រើសរើសឈ្មោះឯកសារដែលមិនទាន់មាន។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting…</source>
        <translation>កំពុងនាំចេញ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collecting records…</source>
        <translation>កំពុងប្រមូលកំណត់ត្រា…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing attachments… {mb} MB</source>
        <translation>កំពុងវេចខ្ចប់ឯកសារភ្ជាប់… {mb} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting and signing… {mb} MB</source>
        <translation>កំពុងអ៊ិនគ្រីប និងចុះហត្ថលេខា… {mb} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {file}: {m} meeting(s), {r} records, {a} attachment(s).</source>
        <translation>បានសរសេរ {file}៖ កិច្ចប្រជុំ {m}, កំណត់ត្រា {r}, ឯកសារភ្ជាប់ {a}។</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../app/ui/gate/flow.py" line="+120"/>
        <source>This folder does not hold a Roundtable vault.</source>
        <translation>ថតនេះមិនមានឃ្លាំងទិន្នន័យ Roundtable ទេ។</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../../app/ui/meeting/headcounts.py" line="+74"/>
        <source>Counted without names</source>
        <translation>រាប់ដោយគ្មានឈ្មោះ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Role of the people counted</source>
        <translation>តួនាទីរបស់អ្នកដែលបានរាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender of the people counted</source>
        <translation>ភេទរបស់អ្នកដែលបានរាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation of the people counted</source>
        <translation>ប្រភេទអង្គការរបស់អ្នកដែលបានរាប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of people</source>
        <translation>ចំនួនមនុស្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people (Enter saves)</source>
        <translation>ចំនួនមនុស្ស (Enter រក្សាទុក)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save count</source>
        <translation>រក្សាទុកចំនួន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the number for the chosen people</source>
        <translation>កត់ត្រាចំនួនសម្រាប់មនុស្សដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected count (Delete)</source>
        <translation>ដកចំនួនដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everyone (total)</source>
        <translation>ទាំងអស់គ្នា (សរុប)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{total} people in all, {named} of them named.</source>
        <translation>សរុប {total} នាក់ ក្នុងនោះមានឈ្មោះ {named} នាក់។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The total counted is smaller than the names listed.</source>
        <translation>ចំនួនសរុបដែលបានរាប់ តិចជាងឈ្មោះដែលបានរាយ។</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../app/ui/screens/history.py" line="+132"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent changes</source>
        <translation>ការផ្លាស់ប្ដូរថ្មីៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>កំណត់ត្រាដែលបានលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older changes</source>
        <translation>ការផ្លាស់ប្ដូរចាស់ៗ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Earlier versions of the chosen record</source>
        <translation>កំណែមុនៗនៃកំណត់ត្រាដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this version</source>
        <translation>ស្ដារកំណែនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring back the values the record had after the chosen change, as a new change of yours (undoable). Nothing in the history is removed.</source>
        <translation>នាំយកតម្លៃដែលកំណត់ត្រាមាន បន្ទាប់ពីការផ្លាស់ប្ដូរដែលបានជ្រើសរើស មកវិញ ជាការផ្លាស់ប្ដូរថ្មីរបស់អ្នក (អាចមិនធ្វើវិញបាន)។ គ្មានអ្វីនៅក្នុងប្រវត្តិត្រូវបានដកចេញទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This meeting</source>
        <translation>កិច្ចប្រជុំនេះ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created</source>
        <translation>បានបង្កើត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>បានស្ដារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: both values kept</source>
        <translation>មិនស៊ីគ្នា៖ បានរក្សាតម្លៃទាំងពីរ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This record is not in the vault.</source>
        <translation>កំណត់ត្រានេះមិនមាននៅក្នុងឃ្លាំងទិន្នន័យទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (deleted)</source>
        <translation> (បានលុប)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the {kind} “{name}”{state}: {count} change(s)</source>
        <translation>ប្រវត្តិនៃ{kind} “{name}”{state}៖ ការផ្លាស់ប្ដូរ {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(bundle {bundle})</source>
        <translation>(កញ្ចប់ទិន្នន័យ {bundle})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(as recorded by {vault})</source>
        <translation>(តាមការកត់ត្រារបស់ {vault})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} was {before}</source>
        <translation>{field} ធ្លាប់ជា {before}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}៖ {before} → {after}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: other value {value}</source>
        <translation>{field}៖ តម្លៃផ្សេងទៀត {value}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Restore a version</source>
        <translation>ស្ដារកំណែមួយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored as a new change. Undo brings back the values it replaced.</source>
        <translation>បានស្ដារជាការផ្លាស់ប្ដូរថ្មី។ «មិនធ្វើវិញ» នាំយកតម្លៃដែលវាបានជំនួសមកវិញ។</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/exchange/import_dialog.py" line="+33"/>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>មិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy change held back</source>
        <translation>ការផ្លាស់ប្ដូរឯកជនភាពត្រូវបានផ្អាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused (not theirs to change)</source>
        <translation>បានបដិសេធ (មិនមែនជាសិទ្ធិរបស់ពួកគេក្នុងការផ្លាស់ប្ដូរ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a bundle from a partner</source>
        <translation>នាំចូលកញ្ចប់ទិន្នន័យពីដៃគូ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle file</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose bundle…</source>
        <translation>ជ្រើសរើសកញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes in the bundle</source>
        <translation>ការផ្លាស់ប្ដូរក្នុងកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import these changes</source>
        <translation>នាំចូលការផ្លាស់ប្ដូរទាំងនេះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a bundle</source>
        <translation>ជ្រើសរើសកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundles (*.rtbundle)</source>
        <translation>កញ្ចប់ទិន្នន័យ (*.rtbundle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking signatures and decrypting…</source>
        <translation>កំពុងពិនិត្យហត្ថលេខា និងឌិគ្រីប…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Will import</source>
        <translation>នឹងនាំចូល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {sender} (fingerprint {fp}), bundle {seq} of {created}.
{verb}: {new} new, {updated} updated, {deleted} deleted, {conflicting} conflicting; {held_back} privacy change(s) held back; {refused} refused; {unchanged} unchanged; {attachments} file(s).</source>
        <translation>ពី {sender} (ស្នាមម្រាមដៃកូនសោ {fp}) កញ្ចប់ទិន្នន័យទី {seq} នៃ {created}។
{verb}៖ ថ្មី {new} បានកែ {updated} បានលុប {deleted} មិនស៊ីគ្នា {conflicting}; ការផ្លាស់ប្ដូរឯកជនភាពដែលបានផ្អាក {held_back}; បានបដិសេធ {refused}; មិនផ្លាស់ប្ដូរ {unchanged}; ឯកសារ {attachments}។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} privacy change(s) held back: the partner lowered an anonymous, sensitive-venue or confidential flag. It stays set until you accept it under Conflicts, where you see what it would reveal.</source>
        <translation>ការផ្លាស់ប្ដូរឯកជនភាព {n} ត្រូវបានផ្អាក៖ ដៃគូបានបន្ទាបសញ្ញាអនាមិក ទីតាំងរសើប ឬសម្ងាត់។ វានៅតែកំណត់ រហូតដល់អ្នកទទួលយកវានៅក្រោម ភាពមិនស៊ីគ្នា ដែលអ្នកឃើញអ្វីដែលវានឹងបង្ហាញ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} change(s) refused: records this partner was never sent, or your own organisation&apos;s record. They are not applied.</source>
        <translation>ការផ្លាស់ប្ដូរ {n} ត្រូវបានបដិសេធ៖ កំណត់ត្រាដែលមិនដែលបានផ្ញើទៅដៃគូនេះ ឬកំណត់ត្រារបស់អង្គការអ្នកផ្ទាល់។ វាមិនត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bundle asks you to co-sign a sealed report. After importing, open the meeting&apos;s Report tab, choose Seal…, read its pages and co-sign.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះស្នើឱ្យអ្នកចុះហត្ថលេខារួមលើរបាយការណ៍បិទត្រាមួយ។ បន្ទាប់ពីនាំចូល សូមបើកផ្ទាំងរបាយការណ៍នៃកិច្ចប្រជុំ ជ្រើសរើស «បិទត្រា…» អានទំព័ររបស់វា ហើយចុះហត្ថលេខារួម។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle brings a co-signature of a sealed report.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះនាំមកនូវហត្ថលេខារួមលើរបាយការណ៍បិទត្រាមួយ។</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Importing…</source>
        <translation>កំពុងនាំចូល…</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../../app/exchange/importer.py" line="+77"/>
        <source>{n} earlier bundle(s) from this organisation were not imported here (they may have been sent to others).</source>
        <translation>កញ្ចប់ទិន្នន័យមុនៗចំនួន {n} ពីអង្គការនេះ មិនត្រូវបាននាំចូលនៅទីនេះទេ (ប្រហែលជាវាត្រូវបានផ្ញើទៅអ្នកផ្សេង)។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This contact&apos;s fingerprint has not been verified yet; compare it before trusting what this bundle says.</source>
        <translation>ស្នាមម្រាមដៃកូនសោរបស់ទំនាក់ទំនងនេះ មិនទាន់បានផ្ទៀងផ្ទាត់នៅឡើយទេ។ សូមប្រៀបធៀបវា មុននឹងទុកចិត្តលើអ្វីដែលកញ្ចប់ទិន្នន័យនេះនិយាយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle does not follow the last one imported from its sender.</source>
        <translation>កញ្ចប់ទិន្នន័យនេះ មិនមែនជាកញ្ចប់បន្ទាប់ពីកញ្ចប់ចុងក្រោយដែលបាននាំចូលពីអ្នកផ្ញើរបស់វាទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle id {bundle} was already used by a bundle from {name} (fingerprint {fp}). Bundle ids never repeat by chance: one of the two organisations copied the other&apos;s id. This bundle was checked against its own sender&apos;s key; ask both organisations about it.</source>
        <translation>លេខសម្គាល់កញ្ចប់ទិន្នន័យ {bundle} ត្រូវបានប្រើរួចហើយដោយកញ្ចប់ទិន្នន័យមួយពី {name} (ស្នាមម្រាមដៃកូនសោ {fp})។ លេខសម្គាល់កញ្ចប់ទិន្នន័យមិនដែលដូចគ្នាដោយចៃដន្យទេ៖ អង្គការមួយក្នុងចំណោមអង្គការទាំងពីរបានចម្លងលេខសម្គាល់របស់មួយទៀត។ កញ្ចប់ទិន្នន័យនេះត្រូវបានពិនិត្យជាមួយកូនសោរបស់អ្នកផ្ញើរបស់វាផ្ទាល់; សូមសួរអង្គការទាំងពីរអំពីវា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle id {bundle} was already used by a bundle from a contact since removed. Bundle ids never repeat by chance: one of the two organisations copied the other&apos;s id. This bundle was checked against its own sender&apos;s key; ask both organisations about it.</source>
        <translation>លេខសម្គាល់កញ្ចប់ទិន្នន័យ {bundle} ត្រូវបានប្រើរួចហើយដោយកញ្ចប់ទិន្នន័យមួយពីទំនាក់ទំនងដែលត្រូវបានដកចេញហើយ។ លេខសម្គាល់កញ្ចប់ទិន្នន័យមិនដែលដូចគ្នាដោយចៃដន្យទេ៖ អង្គការមួយក្នុងចំណោមអង្គការទាំងពីរបានចម្លងលេខសម្គាល់របស់មួយទៀត។ កញ្ចប់ទិន្នន័យនេះត្រូវបានពិនិត្យជាមួយកូនសោរបស់អ្នកផ្ញើរបស់វាផ្ទាល់; សូមសួរអង្គការទាំងពីរអំពីវា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another contact, or your own organisation, has a name that looks the same as this sender&apos;s; tell them apart by the fingerprint: {fp}.</source>
        <translation>ទំនាក់ទំនងមួយផ្សេងទៀត ឬអង្គការរបស់អ្នកផ្ទាល់ មានឈ្មោះដែលមើលទៅដូចឈ្មោះរបស់អ្នកផ្ញើនេះ; សូមបែងចែកពួកគេតាមស្នាមម្រាមដៃកូនសោ៖ {fp}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} field(s) claimed to have seen edits of yours that you never sent; those claims were ignored, so their values meet yours as conflicts instead of replacing them.</source>
        <translation>វាល {n} បានអះអាងថាបានឃើញការកែសម្រួលរបស់អ្នក ដែលអ្នកមិនដែលបានផ្ញើ; ការអះអាងទាំងនោះត្រូវបានមិនអើពើ ដូច្នេះតម្លៃរបស់វាជួបតម្លៃរបស់អ្នកជាភាពមិនស៊ីគ្នា ជំនួសឱ្យការជំនួសវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} field(s) here held edits in this organisation&apos;s name that it says it never made (claimed by another partner); those were dropped, so its own edits meet the others as conflicts.</source>
        <translation>វាល {n} នៅទីនេះមានការកែសម្រួលក្នុងនាមអង្គការនេះ ដែលវាថាមិនដែលបានធ្វើ (អះអាងដោយដៃគូមួយទៀត); ការកែសម្រួលទាំងនោះត្រូវបានទម្លាក់ចោល ដូច្នេះការកែសម្រួលរបស់វាផ្ទាល់ជួបការកែសម្រួលផ្សេងទៀតជាភាពមិនស៊ីគ្នា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} field(s) carry edits numbered like edits that a contact you removed made under this organisation id; they were taken as that contact&apos;s, already seen here, and may not show. Ask the partner to edit them once more.</source>
        <translation>វាល {n} មានការកែសម្រួលដែលមានលេខដូចការកែសម្រួលដែលទំនាក់ទំនងមួយដែលអ្នកបានដកចេញ បានធ្វើក្រោមលេខសម្គាល់អង្គការនេះ; វាត្រូវបានចាត់ទុកជារបស់ទំនាក់ទំនងនោះ ដែលបានឃើញនៅទីនេះរួចហើយ ហើយប្រហែលជាមិនបង្ហាញទេ។ សូមស្នើដៃគូឱ្យកែវាម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../../app/exchange/log_check.py" line="+34"/>
        <source>{name}&apos;s change log does not continue the one it sent before ({old} changes then, {new} now): it rewrote or removed changes it had already sent, or went back to an older copy of its vault. Ask them why before trusting this bundle (fingerprint {fp}).</source>
        <translation>បញ្ជីការផ្លាស់ប្ដូររបស់ {name} មិនបន្តពីបញ្ជីដែលវាបានផ្ញើពីមុនទេ (ការផ្លាស់ប្ដូរ {old} ពេលនោះ {new} ឥឡូវនេះ)៖ វាបានសរសេរឡើងវិញ ឬបានដកចេញនូវការផ្លាស់ប្ដូរដែលវាបានផ្ញើរួចហើយ ឬបានត្រឡប់ទៅច្បាប់ចម្លងចាស់នៃឃ្លាំងទិន្នន័យរបស់វា។ សូមសួរពួកគេពីមូលហេតុ មុនពេលទុកចិត្តកញ្ចប់ទិន្នន័យនេះ (ស្នាមម្រាមដៃកូនសោ {fp})។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether {name}&apos;s change log only grew could not be checked: bundles it sent in between were not imported here.</source>
        <translation>មិនអាចពិនិត្យថាតើបញ្ជីការផ្លាស់ប្ដូររបស់ {name} គ្រាន់តែកើនឡើងឬទេ៖ កញ្ចប់ទិន្នន័យដែលវាបានផ្ញើនៅចន្លោះនោះ មិនត្រូវបាននាំចូលនៅទីនេះទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} sent a change-log checkpoint before, but this bundle has none.</source>
        <translation>{name} ធ្លាប់បានផ្ញើចំណុចត្រួតពិនិត្យនៃបញ្ជីការផ្លាស់ប្ដូរពីមុន ប៉ុន្តែកញ្ចប់ទិន្នន័យនេះគ្មានទេ។</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <location filename="../../app/ui/meeting/link_list.py" line="+39"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected entry</source>
        <translation>ដកធាតុដែលបានជ្រើសរើសចេញ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+57"/>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>Vie&amp;w</source>
        <translation>មើល (&amp;W)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Zoom &amp;in</source>
        <translation>ពង្រីក (&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>បង្រួម (&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal size</source>
        <translation>ទំហំធម្មតា (&amp;N)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Vault</source>
        <translation>ឃ្លាំងទិន្នន័យ (&amp;V)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Lock</source>
        <translation>ចាក់សោ (&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock and &amp;hide</source>
        <translation>ចាក់សោ និងលាក់ (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>ការកំណត់ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Go</source>
        <translation>ទៅកាន់ (&amp;G)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Main</source>
        <translation>របារឧបករណ៍មេ</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច (&amp;K)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Working</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange/install.py" line="+30"/>
        <source>Contacts</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts</source>
        <translation>ភាពមិនស៊ីគ្នា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for partners…</source>
        <translation>នាំចេញកញ្ចប់ទិន្នន័យសម្រាប់ដៃគូ (&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import bundle…</source>
        <translation>នាំចូលកញ្ចប់ទិន្នន័យ (&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify a bundle…</source>
        <translation>ផ្ទៀងផ្ទាត់កញ្ចប់ទិន្នន័យ (&amp;V)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verify a bundle…</source>
        <translation>ផ្ទៀងផ្ទាត់កញ្ចប់ទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Print the report…</source>
        <translation>បោះពុម្ពរបាយការណ៍ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/protect/rekey_dialog.py" line="+35"/>
        <source>Change &amp;keys (revoke old copies)…</source>
        <translation>ប្ដូរកូនសោ (ដកហូតច្បាប់ចម្លងចាស់) (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/protect/backup_ui.py" line="-239"/>
        <source>Back &amp;up…</source>
        <translation>បម្រុងទុក (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/protect/border_dialogs.py" line="-179"/>
        <source>&amp;Travel mode…</source>
        <translation>របៀបធ្វើដំណើរ (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/protect/destroy_dialog.py" line="-41"/>
        <source>&amp;Destroy this vault…</source>
        <translation>បំផ្លាញឃ្លាំងទិន្នន័យនេះ (&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <location filename="../../app/ui/meeting/actions.py" line="-149"/>
        <source>Action</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/meeting/decisions.py" line="-55"/>
        <location filename="../../app/ui/meeting/testimonies.py" line="+47"/>
        <location line="+6"/>
        <source>Double-click to edit</source>
        <translation>ចុចពីរដងដើម្បីកែសម្រួល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to change the date (Alt+Down: calendar)</source>
        <translation>ចុចពីរដងដើម្បីប្ដូរកាលបរិច្ឆេទ (Alt+Down៖ ប្រតិទិន)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to change the status</source>
        <translation>ចុចពីរដងដើម្បីប្ដូរស្ថានភាព</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here</source>
        <translation>ក្នុងកិច្ចប្រជុំនេះ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{date} (overdue)</source>
        <translation>{date} (ហួសកាលកំណត់)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Raised here</source>
        <translation>លើកឡើងនៅទីនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up here</source>
        <translation>តាមដាននៅទីនេះ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attachments.py" line="-205"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to describe the file</source>
        <translation>ចុចពីរដងដើម្បីពិពណ៌នាឯកសារ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance.py" line="-201"/>
        <location filename="../../app/ui/meeting/attendance_import.py" line="-186"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/meeting/attendance_import.py" line="+1"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/meeting/attendance_import.py" line="+3"/>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to change the role</source>
        <translation>ចុចពីរដងដើម្បីប្ដូរតួនាទី</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/meeting/attendance_import.py" line="-1"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/decisions.py" line="-13"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to change the kind</source>
        <translation>ចុចពីរដងដើម្បីប្ដូរប្រភេទ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/ui/meeting/programme.py" line="+90"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/minutes.py" line="+97"/>
        <source>Agenda item</source>
        <translation>ចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or F2 to rename</source>
        <translation>ចុចពីរដង ឬ F2 ដើម្បីប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Speaker</source>
        <translation>អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or F2 to edit</source>
        <translation>ចុចពីរដង ឬ F2 ដើម្បីកែសម្រួល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidential</source>
        <translation>សម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/overview.py" line="-106"/>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/programme.py" line="-4"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>មនុស្ស</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/testimonies.py" line="-9"/>
        <source>Attribution</source>
        <translation>ការពិពណ៌នាអ្នកនិយាយ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement</source>
        <translation>សេចក្ដីថ្លែង</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/theme_tags.py" line="+30"/>
        <source>Theme</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/workspace.py" line="-307"/>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier versions of this meeting, and deleted records to restore</source>
        <translation>កំណែមុនៗនៃកិច្ចប្រជុំនេះ និងកំណត់ត្រាដែលបានលុប ដើម្បីស្ដារ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Overview</source>
        <translation>ទិដ្ឋភាពទូទៅ (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme</source>
        <translation>កម្មវិធី (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>កំណត់ហេតុ (&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions and results</source>
        <translation>សេចក្ដីសម្រេច និងលទ្ធផល (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action &amp;items</source>
        <translation>ចំណុចសកម្មភាព (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimonies</source>
        <translation>សក្ខីកម្ម (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narrative</source>
        <translation>និទាន (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atta&amp;chments</source>
        <translation>ឯកសារភ្ជាប់ (&amp;C)</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>(sensitive)</source>
        <translation>(រសើប)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange/install.py" line="-5"/>
        <source>&amp;Report</source>
        <translation>របាយការណ៍ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance_import.py" line="-1"/>
        <source>Kind of organisation</source>
        <translation>ប្រភេទអង្គការ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the directory</source>
        <translation>នៅក្នុងបញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already on the list</source>
        <translation>មាននៅក្នុងបញ្ជីរួចហើយ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/headcounts.py" line="-112"/>
        <source>Any role</source>
        <translation>តួនាទីណាមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>អ្នកសង្កេតការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any gender</source>
        <translation>ភេទណាមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>មិនមែនស្ត្រី ឬបុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any kind of organisation</source>
        <translation>អង្គការគ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/narrative.py" line="-179"/>
        <source>At the start of the report</source>
        <translation>នៅដើមរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After Activities</source>
        <translation>បន្ទាប់ពីសកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the goal and objectives</source>
        <translation>បន្ទាប់ពីគោលដៅ និងគោលបំណង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the summary of discussion</source>
        <translation>បន្ទាប់ពីសេចក្ដីសង្ខេបនៃការពិភាក្សា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the results</source>
        <translation>បន្ទាប់ពីលទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the next plan</source>
        <translation>បន្ទាប់ពីផែនការបន្ទាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the testimonies</source>
        <translation>បន្ទាប់ពីសក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>នៅចុងបញ្ចប់</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Heading</source>
        <translation>ចំណងជើង</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../app/ui/models/meetings.py" line="+14"/>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>បានប្រព្រឹត្តទៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>បានរាយការណ៍</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>ថ្ងៃចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/meetings.py" line="+38"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by title or place</source>
        <translation>ត្រងតាមចំណងជើង ឬទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter meetings by title or place</source>
        <translation>ត្រងកិច្ចប្រជុំតាមចំណងជើង ឬទីកន្លែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>New meeting</source>
        <translation>កិច្ចប្រជុំថ្មី</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All years</source>
        <translation>គ្រប់ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All series</source>
        <translation>គ្រប់ស៊េរី</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>កំពុងផ្ទុក…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>កិច្ចប្រជុំ %n</numerusform>
            <numerusform>កិច្ចប្រជុំ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/meeting/confirm.py" line="+17"/>
        <location filename="../../app/ui/messages.py" line="+58"/>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../app/ui/meeting/minutes.py" line="-93"/>
        <source>Add a day or session on the Programme tab first.</source>
        <translation>សូមបន្ថែមថ្ងៃ ឬវគ្គមួយនៅផ្ទាំង «កម្មវិធី» ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda</source>
        <translation>របៀបវារៈ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New agenda item… (Enter adds)</source>
        <translation>ចំណុចរបៀបវារៈថ្មី… (Enter ដើម្បីបន្ថែម)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the agenda item up</source>
        <translation>ផ្លាស់ទីចំណុចរបៀបវារៈឡើងលើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the agenda item down</source>
        <translation>ផ្លាស់ទីចំណុចរបៀបវារៈចុះក្រោម</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <location line="+159"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Remove the agenda item and its entries</source>
        <translation>ដកចំណុចរបៀបវារៈ និងធាតុរបស់វាចេញ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Minutes</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Alt+Up/Alt+Down move · Delete removes · F2 edits · {speaker} speaker · {confidential} confidential</source>
        <translation>Alt+Up/Alt+Down ផ្លាស់ទី · Delete ដកចេញ · F2 កែសម្រួល · {speaker} អ្នកថ្លែង · {confidential} សម្ងាត់</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Speaker…</source>
        <translation>អ្នកថ្លែង…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Speaker of the entry ({keys})</source>
        <translation>អ្នកថ្លែងនៃធាតុនេះ ({keys})</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+3"/>
        <source>Speaker of the next entry</source>
        <translation>អ្នកថ្លែងនៃធាតុបន្ទាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>សម្ងាត់</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Left out of reports for partners and the public ({keys})</source>
        <translation>មិនដាក់ក្នុងរបាយការណ៍សម្រាប់ដៃគូ និងសាធារណៈ ({keys})</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Session:</source>
        <translation>វគ្គ (&amp;S)៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New agenda item</source>
        <translation>ចំណុចរបៀបវារៈថ្មី</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the minute entry; Enter saves it and starts the next (Shift+Enter: new line; {speaker}: speaker; {confidential}: confidential)</source>
        <translation>វាយធាតុកំណត់ហេតុ។ Enter រក្សាទុកវា ហើយចាប់ផ្ដើមធាតុបន្ទាប់ (Shift+Enter៖ បន្ទាត់ថ្មី។ {speaker}៖ អ្នកថ្លែង។ {confidential}៖ សម្ងាត់)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New minute entry</source>
        <translation>ធាតុកំណត់ហេតុថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the entry up (Alt+Up)</source>
        <translation>ផ្លាស់ទីធាតុឡើងលើ (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the entry down (Alt+Down)</source>
        <translation>ផ្លាស់ទីធាតុចុះក្រោម (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>ដកធាតុដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Remove the agenda item “{title}” and its {count} minute entries? (Ctrl+Z brings them back.)</source>
        <translation>ដកចំណុចរបៀបវារៈ “{title}” និងធាតុកំណត់ហេតុ {count} របស់វាចេញឬទេ? (Ctrl+Z នាំវាមកវិញ។)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Speaker: </source>
        <translation>អ្នកថ្លែង៖ </translation>
    </message>
</context>
<context>
    <name>NarrativeTab</name>
    <message>
        <location filename="../../app/ui/meeting/narrative.py" line="-13"/>
        <source>Sections of free text printed under your own headings. In the text, a blank line starts a new paragraph and lines starting with “- ” become a list.</source>
        <translation>ផ្នែកនៃអត្ថបទសេរី ដែលបោះពុម្ពក្រោមចំណងជើងរបស់អ្នកផ្ទាល់។ នៅក្នុងអត្ថបទ បន្ទាត់ទទេចាប់ផ្ដើមកថាខណ្ឌថ្មី ហើយបន្ទាត់ដែលចាប់ផ្ដើមដោយ “- ” ក្លាយជាបញ្ជី។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections</source>
        <translation>ផ្នែក</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New section, e.g. Way forward… (Enter adds)</source>
        <translation>ផ្នែកថ្មី ឧ. ទិសដៅបន្ត… (Enter បន្ថែម)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the section up (Alt+Up)</source>
        <translation>ផ្លាស់ផ្នែកឡើងលើ (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the section down (Alt+Down)</source>
        <translation>ផ្លាស់ផ្នែកចុះក្រោម (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected section</source>
        <translation>ដកផ្នែកដែលបានជ្រើសរើសចេញ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report writes its own attendance paragraph</source>
        <translation>របាយការណ៍សរសេរកថាខណ្ឌវត្តមានរបស់វាផ្ទាល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick when the activities text already says who attended</source>
        <translation>ដោះធីកចេញ នៅពេលអត្ថបទសកម្មភាពបានប្រាប់រួចហើយថា អ្នកណាបានចូលរួម</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heading printed in the report</source>
        <translation>ចំណងជើងដែលបោះពុម្ពក្នុងរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text of the section</source>
        <translation>អត្ថបទរបស់ផ្នែក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heading</source>
        <translation>ចំណងជើង (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace in the report</source>
        <translation>ទីតាំងក្នុងរបាយការណ៍ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation>អត្ថបទ (&amp;X)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="+37"/>
        <source>Screens</source>
        <translation>អេក្រង់</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../app/ui/gate/new_passphrase.py" line="+38"/>
        <source>The two passphrases do not match.</source>
        <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a stronger passphrase.</source>
        <translation>សូមជ្រើសរើសឃ្លាសម្ងាត់ដែលរឹងមាំជាងនេះ។</translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <location filename="../../app/ui/meeting/next_meeting.py" line="+85"/>
        <source>Set the next meeting</source>
        <translation>កំណត់កិច្ចប្រជុំបន្ទាប់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates</source>
        <translation>កាលបរិច្ឆេទ (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Location</source>
        <translation>ទីតាំង (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>ទីកន្លែង (&amp;V)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>កិច្ចប្រជុំមិនអាចបញ្ចប់មុនពេលវាចាប់ផ្ដើមបានទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next meeting starts after this one.</source>
        <translation>កិច្ចប្រជុំបន្ទាប់ចាប់ផ្ដើមក្រោយកិច្ចប្រជុំនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs a title.</source>
        <translation>កិច្ចប្រជុំត្រូវការចំណងជើង។</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../app/ui/screens/organisation_dialog.py" line="+39"/>
        <source>Edit organisation</source>
        <translation>កែសម្រួលអង្គការ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an organisation</source>
        <translation>បន្ថែមអង្គការ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Published by the organisation: may appear in partner and public reports</source>
        <translation>ផ្សព្វផ្សាយដោយអង្គការ៖ អាចបង្ហាញនៅក្នុងរបាយការណ៍សម្រាប់ដៃគូ និងសាធារណៈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave unticked for contact details that must stay in this vault (they are then left out of everything shared)</source>
        <translation>ទុកមិនធីក សម្រាប់ព័ត៌មានទំនាក់ទំនងដែលត្រូវនៅតែក្នុងឃ្លាំងទិន្នន័យនេះ (ពេលនោះវាត្រូវបានទុកចេញពីអ្វីៗទាំងអស់ដែលបានចែករំលែក)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym:</source>
        <translation>អក្សរកាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>ប្រទេស៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>អាសយដ្ឋាន៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>ទូរសព្ទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>អ៊ីមែល៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>គេហទំព័រ៖</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A name is needed.</source>
        <translation>ត្រូវការឈ្មោះ។</translation>
    </message>
</context>
<context>
    <name>OsLockHelp</name>
    <message>
        <location filename="../../app/ui/os_lock/help.py" line="+11"/>
        <source>When the screen locks, another user takes over the computer or it goes to sleep, Roundtable locks the vault too. What you were typing is kept, encrypted in the vault, and comes back when you unlock.
Before sleeping, Roundtable asks the computer to wait until the vault is locked. The computer may refuse or stop waiting after a few seconds; then the vault locks as soon as the computer wakes up.
This does not protect a laptop taken from you while it is awake and unlocked: lock the vault yourself first (Ctrl+Shift+L locks it and hides the window).</source>
        <translation>នៅពេលអេក្រង់ចាក់សោ អ្នកប្រើម្នាក់ទៀតចូលប្រើកុំព្យូទ័រ ឬកុំព្យូទ័រចូលដេក Roundtable ក៏ចាក់សោឃ្លាំងទិន្នន័យដែរ។ អ្វីដែលអ្នកកំពុងវាយ ត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីបនៅក្នុងឃ្លាំងទិន្នន័យ ហើយនឹងត្រឡប់មកវិញនៅពេលអ្នកដោះសោ។
មុនពេលដេក Roundtable សុំឱ្យកុំព្យូទ័ររង់ចាំរហូតដល់ឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ។ កុំព្យូទ័រអាចបដិសេធ ឬឈប់រង់ចាំក្រោយពីប៉ុន្មានវិនាទី។ ក្នុងករណីនោះ ឃ្លាំងទិន្នន័យនឹងចាក់សោភ្លាមៗ នៅពេលកុំព្យូទ័រភ្ញាក់ឡើងវិញ។
ការនេះមិនការពារកុំព្យូទ័រយួរដៃ ដែលគេយកពីអ្នក ខណៈពេលវាកំពុងដំណើរការ និងមិនទាន់ចាក់សោនោះទេ៖ ចូរចាក់សោឃ្លាំងទិន្នន័យដោយខ្លួនឯងជាមុនសិន (Ctrl+Shift+L ចាក់សោ និងលាក់បង្អួច)។</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/meeting/overview.py" line="-172"/>
        <source>Internal</source>
        <translation>ផ្ទៃក្នុង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>សាធារណៈ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>បានគ្រោងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>បានប្រព្រឹត្តទៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>បានរាយការណ៍</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Title of the meeting</source>
        <translation>ចំណងជើងនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project the meeting belongs to</source>
        <translation>គម្រោងដែលកិច្ចប្រជុំនេះជាផ្នែក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The series this meeting belongs to</source>
        <translation>ស៊េរីដែលកិច្ចប្រជុំនេះជាផ្នែក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New series… (Enter)</source>
        <translation>ស៊េរីថ្មី… (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>City</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive location</source>
        <translation>ទីតាំងរសើប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the location as sensitive: reports for partners leave it out</source>
        <translation>សម្គាល់ទីតាំងថារសើប៖ របាយការណ៍សម្រាប់ដៃគូមិនដាក់វាទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>ទីកន្លែង (&amp;V)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cl&amp;assification</source>
        <translation>ចំណាត់ថ្នាក់ (&amp;A)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Titl&amp;e</source>
        <translation>ចំណងជើង (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;ject</source>
        <translation>គម្រោង (&amp;J)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New series</source>
        <translation>ស៊េរីថ្មី</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Classification</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stat&amp;us</source>
        <translation>ស្ថានភាព (&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set next meeting…</source>
        <translation>កំណត់កិច្ចប្រជុំបន្ទាប់…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the next meeting of this series: its dates and place</source>
        <translation>គ្រោងកិច្ចប្រជុំបន្ទាប់នៃស៊េរីនេះ៖ កាលបរិច្ឆេទ និងទីកន្លែងរបស់វា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next meeting</source>
        <translation>កិច្ចប្រជុំបន្ទាប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Background and summary of the activities</source>
        <translation>ផ្ទៃរឿង និងសេចក្ដីសង្ខេបនៃសកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The general goal of the meeting</source>
        <translation>គោលដៅទូទៅនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities &amp;summary</source>
        <translation>សេចក្ដីសង្ខេបសកម្មភាព (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General &amp;goal</source>
        <translation>គោលដៅទូទៅ (&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisers</source>
        <translation>អ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an organiser…</source>
        <translation>បន្ថែមអ្នករៀបចំ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact persons</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contact person…</source>
        <translation>បន្ថែមអ្នកទំនាក់ទំនង…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Objectives</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New objective… (Enter adds)</source>
        <translation>គោលបំណងថ្មី… (Enter ដើម្បីបន្ថែម)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the objective up</source>
        <translation>ផ្លាស់ទីគោលបំណងឡើងលើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the objective down</source>
        <translation>ផ្លាស់ទីគោលបំណងចុះក្រោម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected objective</source>
        <translation>ដកគោលបំណងដែលបានជ្រើសរើសចេញ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no series)</source>
        <translation>(គ្មានស៊េរី)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None planned</source>
        <translation>មិនទាន់គ្រោងទុក</translation>
    </message>
</context>
<context>
    <name>OwnerFilter</name>
    <message>
        <location filename="../../app/ui/screens/owner_filter.py" line="+28"/>
        <source>Owner or organisation…</source>
        <translation>អ្នកទទួលខុសត្រូវ ឬអង្គការ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by owner or organisation</source>
        <translation>ត្រងតាមអ្នកទទួលខុសត្រូវ ឬអង្គការ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to stop filtering by this owner</source>
        <translation>ចុចដើម្បីឈប់ត្រងតាមអ្នកទទួលខុសត្រូវនេះ</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../app/crypto/passphrase_feedback.py" line="+18"/>
        <source>It is shorter than 10 characters.</source>
        <translation>វាខ្លីជាង ១០ តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is easy to guess.</source>
        <translation>វាងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>សូមប្រើពាក្យពីរបីម៉ាត់ ហើយជៀសវាងឃ្លាដែលគេប្រើញឹកញាប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>មិនចាំបាច់មាននិមិត្តសញ្ញា លេខ ឬអក្សរធំទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>សូមបន្ថែមពាក្យមួយ ឬពីរម៉ាត់ទៀត។ ពាក្យដែលគេមិនសូវប្រើ គឺល្អជាង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>ជួរគ្រាប់ចុចត្រង់ៗលើក្ដារចុច ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>លំនាំក្ដារចុចខ្លីៗ ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>សូមប្រើលំនាំក្ដារចុចដែលវែងជាងនេះ ហើយបត់ច្រើនដងជាងនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>ការដដែលៗដូចជា &quot;aaa&quot; ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>ការដដែលៗដូចជា &quot;abcabcabc&quot; ពិបាកទាយជាង &quot;abc&quot; តែបន្តិចប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeated words and characters.</source>
        <translation>សូមជៀសវាងពាក្យ និងតួអក្សរដដែលៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>លំដាប់ដូចជា &quot;abc&quot; ឬ &quot;6543&quot; ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences.</source>
        <translation>សូមជៀសវាងលំដាប់តៗគ្នា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>ឆ្នាំថ្មីៗនេះ ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>សូមជៀសវាងឆ្នាំថ្មីៗនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation>សូមជៀសវាងឆ្នាំដែលទាក់ទងនឹងខ្លួនអ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>កាលបរិច្ឆេទច្រើនតែងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>សូមជៀសវាងកាលបរិច្ឆេទ និងឆ្នាំដែលទាក់ទងនឹងខ្លួនអ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-10 common password.</source>
        <translation>នេះជាពាក្យសម្ងាត់មួយក្នុងចំណោមពាក្យសម្ងាត់ ១០ ដែលគេប្រើញឹកញាប់បំផុត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-100 common password.</source>
        <translation>នេះជាពាក្យសម្ងាត់មួយក្នុងចំណោមពាក្យសម្ងាត់ ១០០ ដែលគេប្រើញឹកញាប់បំផុត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation>នេះជាពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់ណាស់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation>នេះស្រដៀងនឹងពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word by itself is easy to guess.</source>
        <translation>ពាក្យតែមួយម៉ាត់ឯកឯង ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>នាមខ្លួន ឬនាមត្រកូលតែឯកឯង ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>នាមខ្លួន និងនាមត្រកូលដែលគេប្រើញឹកញាប់ ងាយនឹងទាយត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>ការសរសេរអក្សរធំនៅដើមពាក្យ មិនសូវជួយប៉ុន្មានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>អក្សរធំទាំងអស់ ងាយទាយស្ទើរតែដូចអក្សរតូចទាំងអស់ដែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>ពាក្យដែលសរសេរបញ្ច្រាស មិនសូវពិបាកទាយជាងនេះប៉ុន្មានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>ការជំនួសតួអក្សរដែលងាយស្មាន ដូចជា &apos;@&apos; ជំនួស &apos;a&apos; មិនសូវជួយប៉ុន្មានទេ។</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/screens/person_dialog.py" line="+39"/>
        <source>Edit person</source>
        <translation>កែសម្រួលបុគ្គល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>បន្ថែមបុគ្គល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used instead of the name in shared reports</source>
        <translation>ប្រើជំនួសឈ្មោះនៅក្នុងរបាយការណ៍ដែលចែករំលែក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous: never named outside this vault</source>
        <translation>អនាមិក៖ មិនដែលដាក់ឈ្មោះនៅក្រៅឃ្លាំងទិន្នន័យនេះទេ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show contact details (sensitive)</source>
        <translation>បង្ហាញព័ត៌មានទំនាក់ទំនង (រសើប)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code name:</source>
        <translation>ឈ្មោះកូដ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role or title:</source>
        <translation>តួនាទី ឬមុខតំណែង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>អង្គការ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>ភេទ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact:</source>
        <translation>ព័ត៌មានទំនាក់ទំនង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>កំណត់សម្គាល់៖</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A name is needed (or a description if anonymous).</source>
        <translation>ត្រូវការឈ្មោះ (ឬការពិពណ៌នា ប្រសិនបើអនាមិក)។</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../app/ui/meeting/pickers.py" line="+138"/>
        <source>Add “{name}” as new…</source>
        <translation>បន្ថែម “{name}” ជាថ្មី…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{name}” is not in the directory. Add it?</source>
        <translation>“{name}” មិនមាននៅក្នុងបញ្ជីឈ្មោះទេ។ បន្ថែមវាឬទេ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New organisation</source>
        <translation>អង្គការថ្មី</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../app/ui/meeting/programme.py" line="+13"/>
        <source>Add day/session</source>
        <translation>បន្ថែមថ្ងៃ/វគ្គ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a session after the last one</source>
        <translation>បន្ថែមវគ្គមួយបន្ទាប់ពីវគ្គចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove session</source>
        <translation>ដកវគ្គចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected session with its attendance and minutes (undo: Ctrl+Z)</source>
        <translation>ដកវគ្គដែលបានជ្រើសរើសចេញ ជាមួយវត្តមាន និងកំណត់ហេតុរបស់វា (មិនធ្វើវិញ៖ Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected session</source>
        <translation>វគ្គដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the session</source>
        <translation>ចំណងជើងនៃវគ្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue (if not the meeting&apos;s)</source>
        <translation>ទីកន្លែង (ប្រសិនបើមិនមែនទីកន្លែងនៃកិច្ចប្រជុំ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the session</source>
        <translation>កាលបរិច្ឆេទនៃវគ្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>ម៉ោងចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>ម៉ោងបញ្ចប់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date, time</source>
        <translation>កាលបរិច្ឆេទ ម៉ោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitator…</source>
        <translation>អ្នកសម្របសម្រួល…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No facilitator</source>
        <translation>គ្មានអ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+9"/>
        <source>Facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Sessions</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>What happened in this session (for the report)</source>
        <translation>អ្វីដែលបានកើតឡើងក្នុងវគ្គនេះ (សម្រាប់របាយការណ៍)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>1 session</source>
        <translation>១ វគ្គ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sessions</source>
        <translation>{n} វគ្គ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole meeting: {summary} · {sessions}</source>
        <translation>កិច្ចប្រជុំទាំងមូល៖ {summary} · {sessions}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Day {n}</source>
        <translation>ថ្ងៃទី{n}</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <location filename="../../app/ui/protect/protection.py" line="+31"/>
        <source>If the laptop is taken</source>
        <translation>ប្រសិនបើកុំព្យូទ័រត្រូវបានដកហូត</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1 wrong passphrases</source>
        <translation>បន្ទាប់ពីឃ្លាសម្ងាត់ខុស %1 ដង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy the vault after wrong passphrases</source>
        <translation>បំផ្លាញឃ្លាំងទិន្នន័យបន្ទាប់ពីឃ្លាសម្ងាត់ខុស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when %1 or fewer attempts are left</source>
        <translation>ព្រមាននៅពេលនៅសល់ការសាកល្បង %1 ដង ឬតិចជាងនេះ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When this many wrong passphrases are typed in a row in Roundtable on this computer, the vault here is destroyed. It stops someone guessing in the app. It does not stop someone who copies the disk and guesses on the copy, and anyone who looks in the vault folder can see that it is on. Without the warning, the last attempt looks like any other wrong passphrase.</source>
        <translation>នៅពេលឃ្លាសម្ងាត់ខុសត្រូវបានវាយចំនួនដងនេះជាប់ៗគ្នានៅក្នុង Roundtable នៅលើកុំព្យូទ័រនេះ ឃ្លាំងទិន្នន័យនៅទីនេះត្រូវបានបំផ្លាញ។ វាបញ្ឈប់អ្នកដែលទាយនៅក្នុងកម្មវិធី។ វាមិនបញ្ឈប់អ្នកដែលចម្លងថាស ហើយទាយនៅលើច្បាប់ចម្លងនោះទេ ហើយអ្នកណាដែលមើលក្នុងថតឃ្លាំងទិន្នន័យ អាចឃើញថាវាកំពុងបើក។ បើគ្មានការព្រមាន ការសាកល្បងចុងក្រោយមើលទៅដូចឃ្លាសម្ងាត់ខុសផ្សេងទៀតដែរ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Destroy the vault:</source>
        <translation>បំផ្លាញឃ្លាំងទិន្នន័យ៖</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duress passphrase: …</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖ …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Set up…</source>
        <translation>រៀបចំ…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Open the decoy…</source>
        <translation>បើកឃ្លាំងទិន្នន័យបញ្ឆោត…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A second passphrase for when you are forced to unlock: it removes the real passphrase from this computer and opens a decoy vault instead. The real records then come back only with the recovery key, the recovery shares or a backup.</source>
        <translation>ឃ្លាសម្ងាត់ទីពីរ សម្រាប់ពេលដែលអ្នកត្រូវបានបង្ខំឱ្យដោះសោ៖ វាដកឃ្លាសម្ងាត់ពិតចេញពីកុំព្យូទ័រនេះ ហើយបើកឃ្លាំងទិន្នន័យបញ្ឆោតជំនួសវិញ។ បន្ទាប់មក កំណត់ត្រាពិតអាចយកមកវិញបានតែដោយកូនសោសង្គ្រោះ ចំណែកសង្គ្រោះ ឬការបម្រុងទុកប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Duress passphrase: set</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖ បានកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duress passphrase: not set</source>
        <translation>ឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ៖ មិនទាន់កំណត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>ប្ដូរ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the duress passphrase…</source>
        <translation>ប្ដូរឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a duress passphrase…</source>
        <translation>រៀបចំឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំ…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove the duress passphrase</source>
        <translation>ដកឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the duress passphrase? The decoy vault is overwritten.</source>
        <translation>ដកឃ្លាសម្ងាត់ពេលត្រូវបង្ខិតបង្ខំចេញឬ? ឃ្លាំងទិន្នន័យបញ្ឆោតនឹងត្រូវបានសរសេរជាន់ពីលើ។</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <location filename="../../app/ui/exchange/record_names.py" line="+11"/>
        <source>action item</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affiliation</source>
        <translation>សមាជិកភាពក្នុងអង្គការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>agenda item</source>
        <translation>ចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>theme of an agenda item</source>
        <translation>ប្រធានបទនៃចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation>វត្តមាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision or result</source>
        <translation>សេចក្ដីសម្រេច ឬលទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>meeting contact</source>
        <translation>អ្នកទំនាក់ទំនងនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting organiser</source>
        <translation>អ្នករៀបចំកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute entry</source>
        <translation>ធាតុកំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+44"/>
        <source>person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+48"/>
        <source>series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>theme</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>acronym</source>
        <translation>អក្សរកាត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>អនាមិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribution</source>
        <translation>ការពិពណ៌នាអ្នកនិយាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried from</source>
        <translation>ផ្ទេរមកពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classification</source>
        <translation>ចំណាត់ថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code name</source>
        <translation>ឈ្មោះកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on</source>
        <translation>បានបញ្ចប់នៅថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidential</source>
        <translation>សម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact details</source>
        <translation>ព័ត៌មានទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>ថ្ងៃបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation>ម៉ោងបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitating organisation</source>
        <translation>អង្គការសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>ឈ្មោះឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up meeting</source>
        <translation>កិច្ចប្រជុំតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general goal</source>
        <translation>គោលដៅទូទៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>ទីក្រុង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location is sensitive</source>
        <translation>ទីតាំងរសើប</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>file type</source>
        <translation>ប្រភេទឯកសារ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raised in meeting</source>
        <translation>លើកឡើងក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner (organisation)</source>
        <translation>អ្នកទទួលខុសត្រូវ (អង្គការ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>លំដាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project title</source>
        <translation>ចំណងជើងគម្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role or title</source>
        <translation>តួនាទី ឬមុខតំណែង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checksum</source>
        <translation>តម្លៃផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaking organisation</source>
        <translation>អង្គការរបស់អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>ថ្ងៃចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>ម៉ោងចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>មែន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>មិនមែន</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../app/ui/gate/recover_page.py" line="+40"/>
        <source>Unlock with the recovery key or shares</source>
        <translation>ដោះសោដោយកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the recovery key you stored when the vault was made, or the shares of enough board members, one per line, then choose a new passphrase. The old passphrase stops working on this copy of the vault, but an old copy of the key file still opens it with the old passphrase. If the passphrase or the recovery key may have been seen by someone else, use Vault → Change keys (revoke old copies)… once the vault is open.</source>
        <translation>សូមវាយកូនសោសង្គ្រោះដែលអ្នកបានរក្សាទុកនៅពេលបង្កើតឃ្លាំងទិន្នន័យ ឬចំណែករបស់សមាជិកក្រុមប្រឹក្សាភិបាលគ្រប់ចំនួន មួយក្នុងមួយបន្ទាត់ រួចជ្រើសរើសឃ្លាសម្ងាត់ថ្មី។ ឃ្លាសម្ងាត់ចាស់លែងដំណើរការលើច្បាប់ចម្លងនេះនៃឃ្លាំងទិន្នន័យ ប៉ុន្តែច្បាប់ចម្លងចាស់នៃឯកសារកូនសោ នៅតែបើកវាបានដោយឃ្លាសម្ងាត់ចាស់។ ប្រសិនបើឃ្លាសម្ងាត់ ឬកូនសោសង្គ្រោះ អាចត្រូវបានអ្នកផ្សេងមើលឃើញ សូមប្រើ ឃ្លាំងទិន្នន័យ → ប្ដូរកូនសោ (ដកហូតច្បាប់ចម្លងចាស់)… នៅពេលឃ្លាំងទិន្នន័យបើក។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recovery key</source>
        <translation>កូនសោសង្គ្រោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery shares held by board members</source>
        <translation>ចំណែកសង្គ្រោះដែលកាន់ដោយសមាជិកក្រុមប្រឹក្សាភិបាល</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One share per line (its 20 words), in any order.</source>
        <translation>ចំណែកមួយក្នុងមួយបន្ទាត់ (២០ ពាក្យរបស់វា) តាមលំដាប់ណាក៏បាន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery shares</source>
        <translation>ចំណែកសង្គ្រោះ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set passphrase and unlock</source>
        <translation>កំណត់ឃ្លាសម្ងាត់ ហើយដោះសោ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock with:</source>
        <translation>ដោះសោដោយ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>កូនសោសង្គ្រោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares:</source>
        <translation>ចំណែក៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat new passphrase:</source>
        <translation>វាយឃ្លាសម្ងាត់ថ្មីម្ដងទៀត៖</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enough shares ({have} of {need}).</source>
        <translation>ចំណែកគ្រប់គ្រាន់ហើយ ({have} ក្នុងចំណោម {need})។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{have} of {need} shares: {missing} more needed.</source>
        <translation>ចំណែក {have} ក្នុងចំណោម {need}៖ ត្រូវការ {missing} ទៀត។</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Please type the recovery shares.</source>
        <translation>សូមវាយចំណែកសង្គ្រោះ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the recovery key.</source>
        <translation>សូមបញ្ចូលកូនសោសង្គ្រោះ។</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../app/ui/gate/recovery_key_page.py" line="+40"/>
        <source>Your recovery key</source>
        <translation>កូនសោសង្គ្រោះរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the passphrase is forgotten, this key is the only way back into the vault. It is shown only now. Write it down or print it and keep it somewhere safe, away from this computer.</source>
        <translation>ប្រសិនបើភ្លេចឃ្លាសម្ងាត់ កូនសោនេះជាមធ្យោបាយតែមួយគត់ដើម្បីចូលឃ្លាំងទិន្នន័យវិញ។ វាបង្ហាញតែពេលនេះប៉ុណ្ណោះ។ សូមសរសេរវាទុក ឬបោះពុម្ពវា ហើយរក្សាទុកនៅកន្លែងសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PDF…</source>
        <translation>រក្សាទុកជា PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving writes the key to a file in readable form: move it to a USB stick or print it, then delete the file.</source>
        <translation>ការរក្សាទុកនឹងសរសេរកូនសោទៅក្នុងឯកសារជាទម្រង់ដែលអាចអានបាន៖ សូមផ្លាស់ទីវាទៅ USB ឬបោះពុម្ពវា រួចលុបឯកសារនោះចោល។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have stored the recovery key safely</source>
        <translation>ខ្ញុំបានរក្សាទុកកូនសោសង្គ្រោះដោយសុវត្ថិភាពហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the recovery key as PDF (writes the key to a file)</source>
        <translation>រក្សាទុកកូនសោសង្គ្រោះជា PDF (សរសេរកូនសោទៅក្នុងឯកសារ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../app/ui/gate/recovery_sheet.py" line="+19"/>
        <location line="+35"/>
        <source>Roundtable recovery key</source>
        <translation>កូនសោសង្គ្រោះ Roundtable</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Organisation:</source>
        <translation>អង្គការ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation>បង្កើតនៅថ្ងៃ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key unlocks the vault if the passphrase is forgotten. Anyone who holds it can read every record. Keep it offline, in a safe place, away from the computer.</source>
        <translation>កូនសោនេះដោះសោឃ្លាំងទិន្នន័យ ប្រសិនបើភ្លេចឃ្លាសម្ងាត់។ អ្នកណាដែលមានវា អាចអានកំណត់ត្រាទាំងអស់បាន។ សូមរក្សាទុកវាក្រៅបណ្ដាញ នៅកន្លែងសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័រ។</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../app/ui/protect/rekey_dialog.py" line="+31"/>
        <location line="+38"/>
        <source>Change keys</source>
        <translation>ប្ដូរកូនសោ</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Changing only the passphrase does not lock out old copies of the key file: anyone with an old copy of vault.key (from a backup, a disk image or a stolen USB stick) and the old passphrase or the old recovery key can still open today&apos;s records.

Changing the keys re-encrypts the whole vault under a new key and makes a new recovery key. Afterwards old key files, old backups and old recovery keys no longer open the vault as it is now. They still open the old copies of the vault they came with. Keep the computer on until it is finished; if the vault is locked before the new recovery key is shown, change the keys again to get one.</source>
        <translation>ការប្ដូរតែឃ្លាសម្ងាត់ មិនរារាំងច្បាប់ចម្លងចាស់នៃឯកសារកូនសោទេ៖ អ្នកណាដែលមានច្បាប់ចម្លងចាស់នៃ vault.key (ពីការបម្រុងទុក រូបភាពថាស ឬ USB ដែលត្រូវបានលួច) និងឃ្លាសម្ងាត់ចាស់ ឬកូនសោសង្គ្រោះចាស់ នៅតែអាចបើកកំណត់ត្រាថ្ងៃនេះបាន។

ការប្ដូរកូនសោ អ៊ិនគ្រីបឃ្លាំងទិន្នន័យទាំងមូលឡើងវិញក្រោមកូនសោថ្មី ហើយបង្កើតកូនសោសង្គ្រោះថ្មី។ បន្ទាប់មក ឯកសារកូនសោចាស់ ការបម្រុងទុកចាស់ និងកូនសោសង្គ្រោះចាស់ លែងបើកឃ្លាំងទិន្នន័យដូចដែលវាមានឥឡូវនេះបានទៀតហើយ។ វានៅតែបើកច្បាប់ចម្លងចាស់នៃឃ្លាំងទិន្នន័យដែលវាមកជាមួយបាន។ សូមទុកកុំព្យូទ័របើករហូតដល់វាបញ្ចប់; បើឃ្លាំងទិន្នន័យត្រូវបានចាក់សោមុនពេលកូនសោសង្គ្រោះថ្មីត្រូវបានបង្ហាញ សូមប្ដូរកូនសោម្ដងទៀត ដើម្បីទទួលបានកូនសោសង្គ្រោះមួយ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Also choose a new passphrase</source>
        <translation>ជ្រើសរើសឃ្លាសម្ងាត់ថ្មីផងដែរ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase:</source>
        <translation>ឃ្លាសម្ងាត់ថ្មី៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat it:</source>
        <translation>វាយវាម្ដងទៀត៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-encrypting the vault</source>
        <translation>កំពុងអ៊ិនគ្រីបឃ្លាំងទិន្នន័យឡើងវិញ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type the current passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់បច្ចុប្បន្ន។</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../app/ui/reports/report_view.py" line="+48"/>
        <source>For partners (no contacts, no confidential notes)</source>
        <translation>សម្រាប់ដៃគូ (គ្មានព័ត៌មានទំនាក់ទំនង គ្មានកំណត់ត្រាសម្ងាត់)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public (no names of participants)</source>
        <translation>សាធារណៈ (គ្មានឈ្មោះអ្នកចូលរួម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full (internal use only)</source>
        <translation>ពេញលេញ (សម្រាប់ប្រើផ្ទៃក្នុងតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../app/ui/reports/seal_dialog.py" line="-38"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../../app/ui/reports/seal_dialog.py" line="+6"/>
        <source>OpenDocument text (ODT)…</source>
        <translation>អត្ថបទ OpenDocument (ODT)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>អត្ថបទ OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/reports/seal_dialog.py" line="+6"/>
        <source>Word document (DOCX)…</source>
        <translation>ឯកសារ Word (DOCX)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word document (*.docx)</source>
        <translation>ឯកសារ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Web page (HTML)…</source>
        <translation>ទំព័រវេប (HTML)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants as CSV…</source>
        <translation>អ្នកចូលរួមជា CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Action items as CSV…</source>
        <translation>ចំណុចសកម្មភាពជា CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up of the series&apos; action items (PDF)…</source>
        <translation>ការតាមដានចំណុចសកម្មភាពនៃស៊េរី (PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The series&apos; action items as CSV…</source>
        <translation>ចំណុចសកម្មភាពនៃស៊េរីជា CSV…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Redaction:</source>
        <translation>កម្រិតបិទបាំង៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redaction</source>
        <translation>កម្រិតបិទបាំង</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Khmer digits (០១២៣)</source>
        <translation>លេខខ្មែរ (០១២៣) (&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&amp;unar date and Buddhist Era (ព.ស.)</source>
        <translation>ថ្ងៃខែតាមចន្ទគតិ និងពុទ្ធសករាជ (ព.ស.) (&amp;U)</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>Preparing the print preview…</source>
        <translation>កំពុងរៀបចំការមើលជាមុនមុនពេលបោះពុម្ព…</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>&amp;Export as…</source>
        <translation>នាំចេញជា (&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Seal…</source>
        <translation>បិទត្រា (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seal this report, gather co-organisers&apos; signatures, or co-sign theirs</source>
        <translation>បិទត្រារបាយការណ៍នេះ ប្រមូលហត្ថលេខារបស់អ្នករៀបចំរួម ឬចុះហត្ថលេខារួមលើរបស់ពួកគេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report, after a preview (Ctrl+P)</source>
        <translation>បោះពុម្ពរបាយការណ៍ ក្រោយពេលមើលជាមុន (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report &amp;language:</source>
        <translation>ភាសារបាយការណ៍ (&amp;L)៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report language</source>
        <translation>ភាសារបាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numbers and dates in Khmer digits, as formal Khmer documents write them.</source>
        <translation>លេខ និងកាលបរិច្ឆេទជាលេខខ្មែរ ដូចដែលឯកសារផ្លូវការខ្មែរសរសេរ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the Khmer lunar date, as official Cambodian letters give it.</source>
        <translation>បន្ថែមថ្ងៃខែតាមចន្ទគតិ ដូចដែលលិខិតផ្លូវការកម្ពុជាផ្ដល់ឱ្យ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attachments as &amp;appendices (PDF)</source>
        <translation>ឯកសារភ្ជាប់ជាឧបសម្ព័ន្ធ (PDF) (&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the meeting&apos;s attachments after the PDF report: PDF pages, images, and CSV files as tables. Their content is printed as it is: check it first.</source>
        <translation>បន្ថែមឯកសារភ្ជាប់របស់កិច្ចប្រជុំនៅក្រោយរបាយការណ៍ PDF៖ ទំព័រ PDF រូបភាព និងឯកសារ CSV ជាតារាង។ ខ្លឹមសាររបស់វាត្រូវបានបោះពុម្ពដូចដែលវាមាន៖ សូមពិនិត្យវាជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report preview</source>
        <translation>ការមើលរបាយការណ៍ជាមុន</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Preparing the preview…</source>
        <translation>កំពុងរៀបចំការមើលជាមុន…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The free text of this meeting names people this report hides: {names}. Reword the text before sharing it.</source>
        <translation>អត្ថបទសេរីនៃកិច្ចប្រជុំនេះ បញ្ចេញឈ្មោះមនុស្សដែលរបាយការណ៍នេះលាក់៖ {names}។ សូមកែពាក្យពេចន៍នៃអត្ថបទមុននឹងចែករំលែកវា។</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the report</source>
        <translation>នាំចេញរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This report hides the names of some people, but the meeting&apos;s free text still names them:

{names}

Export anyway?</source>
        <translation>របាយការណ៍នេះលាក់ឈ្មោះមនុស្សមួយចំនួន ប៉ុន្តែអត្ថបទសេរីនៃកិច្ចប្រជុំនៅតែបញ្ចេញឈ្មោះពួកគេ៖

{names}

នាំចេញដដែលឬទេ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export anyway</source>
        <translation>នាំចេញដដែល</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation>កំពុងនាំចេញ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name} ({size} KB).</source>
        <translation>បានរក្សាទុក {name} ({size} KB)។</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/report_print.py" line="+65"/>
        <source>Print preview: {title}</source>
        <translation>មើលជាមុនមុនពេលបោះពុម្ព៖ {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pages of the report</source>
        <translation>ទំព័រនៃរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page number</source>
        <translation>លេខទំព័រ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>ពង្រីក/បង្រួម</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/gate/restore_dialog.py" line="+46"/>
        <location line="+54"/>
        <source>Restore a backup</source>
        <translation>ស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The backup becomes a vault in a new folder, exactly as it was when the backup was made; it opens with the passphrase (or recovery key or shares) of that time. A folder that already holds a vault is never overwritten.</source>
        <translation>ការបម្រុងទុកក្លាយជាឃ្លាំងទិន្នន័យនៅក្នុងថតថ្មី ដូចដែលវាមាននៅពេលបង្កើតការបម្រុងទុក; វាបើកដោយឃ្លាសម្ងាត់ (ឬកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ) នៃពេលនោះ។ ថតដែលមានឃ្លាំងទិន្នន័យរួចហើយ មិនដែលត្រូវបានសរសេរជាន់ទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup file</source>
        <translation>ឯកសារបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New vault folder</source>
        <translation>ថតឃ្លាំងទិន្នន័យថ្មី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup file:</source>
        <translation>ឯកសារបម្រុងទុក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore into the folder:</source>
        <translation>ស្ដារចូលទៅក្នុងថត៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring</source>
        <translation>កំពុងស្ដារ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Restore</source>
        <translation>ស្ដារ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check it first…</source>
        <translation>ពិនិត្យវាជាមុនសិន…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Roundtable backups (*.rtbackup)</source>
        <translation>ការបម្រុងទុក Roundtable (*.rtbackup)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore into the folder</source>
        <translation>ស្ដារចូលទៅក្នុងថត</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the backup file.</source>
        <translation>សូមជ្រើសរើសឯកសារបម្រុងទុក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the restored vault.</source>
        <translation>សូមជ្រើសរើសថតសម្រាប់ឃ្លាំងទិន្នន័យដែលបានស្ដារ។</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../app/ui/reports/seal_dialog.py" line="+50"/>
        <source>Sealed reports</source>
        <translation>របាយការណ៍បិទត្រា</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Seal this report</source>
        <translation>បិទត្រារបាយការណ៍នេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freeze the report with the redaction and language chosen in the Report tab</source>
        <translation>បង្កករបាយការណ៍ ជាមួយការបិទបាំង និងភាសា ដែលបានជ្រើសរើសក្នុងផ្ទាំងរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask partners to co-sign…</source>
        <translation>ស្នើដៃគូឱ្យចុះហត្ថលេខារួម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-sign and reply…</source>
        <translation>ចុះហត្ថលេខារួម ហើយឆ្លើយតប…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>A sealed report is frozen as PDF, ODT and DOCX: these files never change, and each organiser signs each of them. Later edits appear as addenda in new reports.</source>
        <translation>របាយការណ៍បិទត្រាត្រូវបានបង្កកជា PDF, ODT និង DOCX៖ ឯកសារទាំងនេះមិនផ្លាស់ប្ដូរឡើយ ហើយអ្នករៀបចំម្នាក់ៗចុះហត្ថលេខាលើឯកសារនីមួយៗ។ ការកែប្រែពេលក្រោយបង្ហាញជាសេចក្ដីបន្ថែម នៅក្នុងរបាយការណ៍ថ្មីៗ។</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ODT (*.odt)</source>
        <translation>ODT (*.odt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOCX (*.docx)</source>
        <translation>DOCX (*.docx)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Save with signatures</source>
        <translation>រក្សាទុកជាមួយហត្ថលេខា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the sealed report as PDF, ODT or DOCX, each signature file beside it</source>
        <translation>រក្សាទុករបាយការណ៍បិទត្រាជា PDF, ODT ឬ DOCX ដោយមានឯកសារហត្ថលេខានីមួយៗនៅក្បែរវា</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign the sealed report in each format (PDF, ODT, DOCX: see each below), and write the reply bundle</source>
        <translation>ចុះហត្ថលេខាលើរបាយការណ៍បិទត្រាក្នុងទម្រង់នីមួយៗ (PDF, ODT, DOCX៖ មើលនីមួយៗខាងក្រោម) ហើយសរសេរកញ្ចប់ទិន្នន័យឆ្លើយតប</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show:</source>
        <translation>បង្ហាញ៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a sealed report to see its pages.</source>
        <translation>ជ្រើសរើសរបាយការណ៍បិទត្រាមួយ ដើម្បីមើលទំព័ររបស់វា។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sealed on</source>
        <translation>បិទត្រានៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed by</source>
        <translation>បិទត្រាដោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>ការបិទបាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>ចុះហត្ថលេខាដោយ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF pages</source>
        <translation>ទំព័រ PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODT text</source>
        <translation>អត្ថបទ ODT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOCX text</source>
        <translation>អត្ថបទ DOCX</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Full</source>
        <translation>ពេញលេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>សាធារណៈ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This report was sealed as a PDF only, before ODT and DOCX were sealed.</source>
        <translation>របាយការណ៍នេះត្រូវបានបិទត្រាជា PDF តែប៉ុណ្ណោះ មុនពេល ODT និង DOCX ត្រូវបានបិទត្រា។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed by {name} ({fingerprint})</source>
        <translation>ចុះហត្ថលេខាដោយ {name} ({fingerprint})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seal {seal} · content SHA-256 {hash}</source>
        <translation>ត្រា {seal} · SHA-256 នៃខ្លឹមសារ {hash}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sealing…</source>
        <translation>កំពុងបិទត្រា…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sealed and signed by your organisation.</source>
        <translation>បានបិទត្រា និងចុះហត្ថលេខាដោយអង្គការរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already sealed with this redaction and language; unchanged.</source>
        <translation>បានបិទត្រារួចហើយ ជាមួយការបិទបាំង និងភាសានេះ; មិនផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the sealed report</source>
        <translation>រក្សាទុករបាយការណ៍បិទត្រា</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved {file} and {n} signature file(s) beside it.</source>
        <translation>បានរក្សាទុក {file} និងឯកសារហត្ថលេខា {n} នៅក្បែរវា។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the co-sign request</source>
        <translation>រក្សាទុកសំណើចុះហត្ថលេខារួម</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Roundtable bundles (*.rtbundle)</source>
        <translation>កញ្ចប់ទិន្នន័យ Roundtable (*.rtbundle)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Wrote {file}: send it to the partners you chose.</source>
        <translation>បានសរសេរ {file}៖ ផ្ញើវាទៅដៃគូដែលអ្នកបានជ្រើសរើស។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the signature for the partner</source>
        <translation>រក្សាទុកហត្ថលេខាសម្រាប់ដៃគូ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Co-signed. Send {file} back to the organisation that asked.</source>
        <translation>បានចុះហត្ថលេខារួម។ ផ្ញើ {file} ត្រឡប់ទៅអង្គការដែលបានស្នើវិញ។</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../app/ui/models/search.py" line="+17"/>
        <location line="+38"/>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda item</source>
        <translation>ចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>សេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>ស៊េរី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>អត្ថបទដែលរកឃើញ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../app/ui/screens/search.py" line="+67"/>
        <source>Search meetings, minutes, action items and people (Ctrl+F)</source>
        <translation>ស្វែងរកកិច្ចប្រជុំ កំណត់ហេតុ ចំណុចសកម្មភាព និងមនុស្ស (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>លទ្ធផលស្វែងរក</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>លទ្ធផល %n</numerusform>
            <numerusform>លទ្ធផល %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+32"/>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lock when the computer locks or sleeps</source>
        <translation>ចាក់សោផងដែរ នៅពេលកុំព្យូទ័រចាក់សោ ឬចូលដេក</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full (nothing removed, own organisation only)</source>
        <translation>ពេញលេញ (មិនដកអ្វីចេញ សម្រាប់តែអង្គការខ្លួនឯង)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners (no contacts, code names, no confidential)</source>
        <translation>ដៃគូ (គ្មានព័ត៌មានទំនាក់ទំនង ប្រើឈ្មោះកូដ គ្មានធាតុសម្ងាត់)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public (also no attendance names)</source>
        <translation>សាធារណៈ (ហើយគ្មានឈ្មោះក្នុងវត្តមានផងដែរ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember the vault&apos;s folder on this computer</source>
        <translation>ចងចាំថតនៃឃ្លាំងទិន្នន័យ នៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the next start asks for the vault again, and no folder is kept.</source>
        <translation>បិទ៖ ពេលបើកលើកក្រោយ កម្មវិធីនឹងសួររកឃ្លាំងទិន្នន័យម្ដងទៀត ហើយមិនរក្សាទុកថតណាមួយឡើយ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows the operating system&apos;s light or dark setting.</source>
        <translation>ធ្វើតាមការកំណត់ភ្លឺ ឬងងឹតរបស់ប្រព័ន្ធប្រតិបត្តិការ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after idle time:</source>
        <translation>ចាក់សោ បន្ទាប់ពីមិនប្រើរយៈពេល៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default redaction for exports:</source>
        <translation>កម្រិតបិទបាំងលំនាំដើមសម្រាប់ការនាំចេញ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>រចនាប័ទ្ម៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault:</source>
        <translation>ឃ្លាំងទិន្នន័យ៖</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General</source>
        <translation>ទូទៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>ការបម្រុងទុក</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If the laptop is taken</source>
        <translation>ប្រសិនបើកុំព្យូទ័រត្រូវបានដកហូត</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <location filename="../../app/ui/protect/shares_dialog.py" line="+38"/>
        <source>Split recovery among board members</source>
        <translation>ចែកការសង្គ្រោះក្នុងចំណោមសមាជិកក្រុមប្រឹក្សាភិបាល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of one recovery key that one person keeps, make a new recovery secret split into shares, one for each board member: any chosen number of them together open the vault if the passphrase is lost; fewer reveal nothing.

This changes the vault&apos;s keys: the old recovery key, older shares and the key files of older backups stop opening the vault as it is now. Make a new backup afterwards.</source>
        <translation>ជំនួសឱ្យកូនសោសង្គ្រោះមួយដែលមនុស្សម្នាក់រក្សាទុក សូមបង្កើតអាថ៌កំបាំងសង្គ្រោះថ្មីមួយ ដែលចែកជាចំណែក មួយសម្រាប់សមាជិកក្រុមប្រឹក្សាភិបាលម្នាក់ៗ៖ ចំណែកតាមចំនួនដែលបានជ្រើសរើស បើកឃ្លាំងទិន្នន័យជាមួយគ្នាបាន ប្រសិនបើឃ្លាសម្ងាត់បាត់; ចំណែកតិចជាងនេះ មិនបង្ហាញអ្វីទាំងអស់។

ការនេះប្ដូរកូនសោរបស់ឃ្លាំងទិន្នន័យ៖ កូនសោសង្គ្រោះចាស់ ចំណែកចាស់ៗ និងឯកសារកូនសោនៃការបម្រុងទុកចាស់ៗ លែងបើកឃ្លាំងទិន្នន័យដូចដែលវាមានឥឡូវនេះ។ សូមបង្កើតការបម្រុងទុកថ្មីមួយបន្ទាប់ពីនេះ។</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+34"/>
        <source>Folder for the share sheets</source>
        <translation>ថតសម្រាប់សន្លឹកចំណែក</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of shares:</source>
        <translation>ចំនួនចំណែក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares needed to recover:</source>
        <translation>ចំណែកដែលត្រូវការដើម្បីសង្គ្រោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase:</source>
        <translation>ឃ្លាសម្ងាត់បច្ចុប្បន្ន៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the share sheets to:</source>
        <translation>សរសេរសន្លឹកចំណែកទៅ៖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the shares</source>
        <translation>កំពុងបង្កើតចំណែក</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Make the shares</source>
        <translation>បង្កើតចំណែក</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type the current passphrase.</source>
        <translation>សូមវាយឃ្លាសម្ងាត់បច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the share sheets.</source>
        <translation>សូមជ្រើសរើសថតសម្រាប់សន្លឹកចំណែក។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{count} share sheets were written to {folder}. Any {k} of them open the vault. Print them, give one to each board member in person, then delete the files. Make a new backup now: older backups open only with the old recovery key.</source>
        <translation>បានសរសេរសន្លឹកចំណែក {count} ទៅ {folder}។ សន្លឹកណាមួយចំនួន {k} បើកឃ្លាំងទិន្នន័យបាន។ សូមបោះពុម្ពវា ផ្ដល់មួយដល់សមាជិកក្រុមប្រឹក្សាភិបាលម្នាក់ៗដោយផ្ទាល់ រួចលុបឯកសារទាំងនោះ។ សូមបង្កើតការបម្រុងទុកថ្មីឥឡូវនេះ៖ ការបម្រុងទុកចាស់ៗ បើកបានតែដោយកូនសោសង្គ្រោះចាស់ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="+57"/>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>ចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People &amp; organisations</source>
        <translation>មនុស្ស និងអង្គការ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Search…</source>
        <translation>ស្វែងរក (&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New meeting</source>
        <translation>កិច្ចប្រជុំថ្មី (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts_sheet.py" line="+32"/>
        <source>Next field or button</source>
        <translation>វាល ឬប៊ូតុងបន្ទាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or button</source>
        <translation>វាល ឬប៊ូតុងមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the underlined letter: that menu, field or button</source>
        <translation>ជាមួយអក្សរដែលមានបន្ទាត់ពីក្រោម៖ ម៉ឺនុយ វាល ឬប៊ូតុងនោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The menu bar</source>
        <translation>របារម៉ឺនុយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>ចុចប៊ូតុង ឬធីកប្រអប់ដែលកំពុងផ្ដោត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dialog&apos;s main button</source>
        <translation>ប៊ូតុងចម្បងនៃប្រអប់សន្ទនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the dialog or menu without changing anything</source>
        <translation>បិទប្រអប់សន្ទនា ឬម៉ឺនុយ ដោយមិនផ្លាស់ប្ដូរអ្វីទាំងអស់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next tab of the meeting</source>
        <translation>ផ្ទាំងបន្ទាប់នៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous tab of the meeting</source>
        <translation>ផ្ទាំងមុននៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a “New …” field: add it</source>
        <translation>ក្នុងវាល «…ថ្មី»៖ បន្ថែមវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a minute entry or statement: a new line</source>
        <translation>ក្នុងធាតុកំណត់ហេតុ ឬសេចក្ដីថ្លែង៖ បន្ទាត់ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cell of a table</source>
        <translation>កែក្រឡាដែលបានជ្រើសនៃតារាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected row of a table</source>
        <translation>ដកជួរដែលបានជ្រើសនៃតារាងចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected row up</source>
        <translation>ផ្លាស់ជួរដែលបានជ្រើសឡើងលើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected row down</source>
        <translation>ផ្លាស់ជួរដែលបានជ្រើសចុះក្រោម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a date field: open the calendar</source>
        <translation>ក្នុងវាលកាលបរិច្ឆេទ៖ បើកប្រតិទិន</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Everything in Roundtable can be done from the keyboard. These keys help.</source>
        <translation>អ្វីៗទាំងអស់ក្នុង Roundtable អាចធ្វើបានពីក្ដារចុច។ គ្រាប់ចុចទាំងនេះជួយអ្នក។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys</source>
        <translation>គ្រាប់ចុច</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>មុខងារ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window and menus</source>
        <translation>បង្អួច និងម៉ឺនុយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a meeting</source>
        <translation>ក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everywhere</source>
        <translation>គ្រប់ទីកន្លែង</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../app/ui/gate/strength.py" line="+20"/>
        <source>Very weak</source>
        <translation>ខ្សោយណាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>ខ្សោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>រឹងមាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>រឹងមាំណាស់</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrase strength</source>
        <translation>កម្រិតរឹងមាំនៃឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Use four or more random words, at least 10 characters.</source>
        <translation>សូមប្រើពាក្យចៃដន្យបួន ឬច្រើនជាងនេះ យ៉ាងហោចណាស់ ១០ តួអក្សរ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — good.</source>
        <translation>%1 — ល្អ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — not accepted. %2 %3</source>
        <translation>%1 — មិនទទួលយកទេ។ %2 %3</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../app/ui/meeting/testimonies.py" line="-15"/>
        <source>Testimonies are anonymous: describe the speaker (&quot;a youth group delegate&quot;), never name them.</source>
        <translation>សក្ខីកម្មជាអនាមិក៖ សូមពិពណ៌នាអ្នកនិយាយ («តំណាងក្រុមយុវជនម្នាក់») កុំដាក់ឈ្មោះគាត់ឡើយ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Testimonies</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribution, e.g. a garment worker (no name)</source>
        <translation>ការពិពណ៌នាអ្នកនិយាយ ឧ. កម្មករកាត់ដេរម្នាក់ (គ្មានឈ្មោះ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution of the new testimony</source>
        <translation>ការពិពណ៌នាអ្នកនិយាយនៃសក្ខីកម្មថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement; Enter adds it (Shift+Enter: new line)</source>
        <translation>សេចក្ដីថ្លែង។ Enter ដើម្បីបន្ថែម (Shift+Enter៖ បន្ទាត់ថ្មី)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New testimony</source>
        <translation>សក្ខីកម្មថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter adds it; Shift+Enter starts a new line</source>
        <translation>Enter បន្ថែមវា; Shift+Enter ចាប់ផ្ដើមបន្ទាត់ថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up (Alt+Up)</source>
        <translation>ផ្លាស់ទីឡើងលើ (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>ផ្លាស់ទីចុះក្រោម (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected testimony (Delete)</source>
        <translation>ដកសក្ខីកម្មដែលបានជ្រើសរើសចេញ (Delete)</translation>
    </message>
</context>
<context>
    <name>ThemeTags</name>
    <message>
        <location filename="../../app/ui/meeting/theme_tags.py" line="-2"/>
        <location line="+10"/>
        <source>Themes of the agenda item</source>
        <translation>ប្រធានបទនៃចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete removes the selected theme</source>
        <translation>Delete ដកប្រធានបទដែលបានជ្រើសរើសចេញ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a theme (Enter; new names create a theme)</source>
        <translation>បន្ថែមប្រធានបទ (Enter។ ឈ្មោះថ្មីនឹងបង្កើតប្រធានបទថ្មី)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a theme</source>
        <translation>បន្ថែមប្រធានបទ</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../app/ui/protect/border_dialogs.py" line="-61"/>
        <source>Travel mode</source>
        <translation>របៀបធ្វើដំណើរ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before a border crossing: the passphrase is removed from this computer. Afterwards nobody can open the vault here, you included, until it is restored with the recovery key or the recovery shares and a new passphrase is chosen (on the start screen: Use the recovery key…).

The vault then looks like any vault whose passphrase is not known. If you are asked, you cannot open it: that is true.

What it cannot do: a copy of the disk made before now still holds the old passphrase slot; on SSDs old blocks may survive. Do not carry the recovery key or a share with you; the board members who hold shares should not travel with you.</source>
        <translation>មុនពេលឆ្លងព្រំដែន៖ ឃ្លាសម្ងាត់ត្រូវបានដកចេញពីកុំព្យូទ័រនេះ។ បន្ទាប់មក គ្មាននរណាម្នាក់អាចបើកឃ្លាំងទិន្នន័យនៅទីនេះបានទេ រួមទាំងអ្នកផង រហូតដល់វាត្រូវបានស្ដារវិញដោយកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ ហើយឃ្លាសម្ងាត់ថ្មីត្រូវបានជ្រើសរើស (នៅអេក្រង់ចាប់ផ្ដើម៖ ប្រើកូនសោសង្គ្រោះ…)។

បន្ទាប់មក ឃ្លាំងទិន្នន័យមើលទៅដូចឃ្លាំងទិន្នន័យណាមួយដែលគេមិនដឹងឃ្លាសម្ងាត់។ ប្រសិនបើគេសួរ អ្នកមិនអាចបើកវាបានទេ៖ នោះជាការពិត។

អ្វីដែលវាមិនអាចធ្វើបាន៖ ច្បាប់ចម្លងថាសដែលបានធ្វើមុនពេលនេះ នៅតែមានរន្ធឃ្លាសម្ងាត់ចាស់; នៅលើ SSD ប្លុកចាស់អាចនៅសល់។ កុំយកកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះជាប់ខ្លួន; សមាជិកក្រុមប្រឹក្សាដែលកាន់ចំណែកសង្គ្រោះ មិនគួរធ្វើដំណើរជាមួយអ្នកទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recovery key or enough recovery shares are kept by others, not on me or on this computer.</source>
        <translation>កូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះគ្រប់គ្រាន់ ត្រូវបានរក្សាទុកដោយអ្នកផ្សេង មិនមែននៅលើខ្លួនខ្ញុំ ឬនៅលើកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a note on the start screen</source>
        <translation>បង្ហាញកំណត់ចំណាំនៅលើអេក្រង់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the start screen</source>
        <translation>កំណត់ចំណាំនៅលើអេក្រង់ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: In travel mode. Ask the secretariat for the recovery shares.</source>
        <translation>ឧទាហរណ៍៖ ក្នុងរបៀបធ្វើដំណើរ។ សូមសុំចំណែកសង្គ្រោះពីលេខាធិការដ្ឋាន។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without a note, nothing on this computer says the vault is in travel mode. With one, anyone who starts Roundtable reads it.</source>
        <translation>បើគ្មានកំណត់ចំណាំ គ្មានអ្វីនៅលើកុំព្យូទ័រនេះប្រាប់ថាឃ្លាំងទិន្នន័យស្ថិតក្នុងរបៀបធ្វើដំណើរទេ។ បើមាន អ្នកណាដែលបើក Roundtable នឹងអានវា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter travel mode</source>
        <translation>ចូលរបៀបធ្វើដំណើរ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Travel mode is on. The vault cannot be opened on this computer until it is restored with the recovery key or the recovery shares.</source>
        <translation>របៀបធ្វើដំណើរបានបើក។ ឃ្លាំងទិន្នន័យមិនអាចបើកនៅលើកុំព្យូទ័រនេះបានទេ រហូតដល់វាត្រូវបានស្ដារវិញដោយកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ។</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../../app/ui/meeting/actions.py" line="+40"/>
        <source>Change owner</source>
        <translation>ប្ដូរអ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add action item</source>
        <translation>បន្ថែមចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change due date</source>
        <translation>ប្ដូរថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change status</source>
        <translation>ប្ដូរស្ថានភាព</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit action item</source>
        <translation>កែចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove action item</source>
        <translation>ដកចំណុចសកម្មភាពចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attachments.py" line="+249"/>
        <source>Describe attachment</source>
        <translation>ពិពណ៌នាឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/attendance.py" line="+160"/>
        <source>Add attendee</source>
        <translation>បន្ថែមអ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change role</source>
        <translation>ប្ដូរតួនាទី</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove attendee</source>
        <translation>ដកអ្នកចូលរួមចេញ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy attendance</source>
        <translation>ចម្លងវត្តមាន</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import attendance</source>
        <translation>នាំចូលវត្តមាន</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add new person</source>
        <translation>បន្ថែមបុគ្គលថ្មី</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add organisation</source>
        <translation>បន្ថែមអង្គការ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/decisions.py" line="+88"/>
        <source>Add decision</source>
        <translation>បន្ថែមសេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit decision</source>
        <translation>កែសេចក្ដីសម្រេច</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reorder decisions</source>
        <translation>រៀបលំដាប់សេចក្ដីសម្រេចឡើងវិញ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove decision</source>
        <translation>ដកសេចក្ដីសម្រេចចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/editor.py" line="+91"/>
        <source>Edit</source>
        <translation>កែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/headcounts.py" line="+96"/>
        <source>Change headcount</source>
        <translation>ប្ដូរចំនួនមនុស្ស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add headcount</source>
        <translation>បន្ថែមចំនួនមនុស្ស</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove headcount</source>
        <translation>ដកចំនួនមនុស្សចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/minutes.py" line="-193"/>
        <source>Add agenda item</source>
        <translation>បន្ថែមចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename agenda item</source>
        <translation>ប្ដូរឈ្មោះចំណុចរបៀបវារៈ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reorder agenda</source>
        <translation>រៀបលំដាប់របៀបវារៈឡើងវិញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Remove agenda item</source>
        <translation>ដកចំណុចរបៀបវារៈចេញ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add minute entry</source>
        <translation>បន្ថែមធាតុកំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Paste minute entries</source>
        <translation>បិទភ្ជាប់ធាតុកំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit minute entry</source>
        <translation>កែធាតុកំណត់ហេតុ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reorder minutes</source>
        <translation>រៀបលំដាប់កំណត់ហេតុឡើងវិញ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove minute entry</source>
        <translation>ដកធាតុកំណត់ហេតុចេញ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change speaker</source>
        <translation>ប្ដូរអ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Toggle confidential</source>
        <translation>បិទ/បើកសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/narrative.py" line="+65"/>
        <source>Add report section</source>
        <translation>បន្ថែមផ្នែករបាយការណ៍</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit report section</source>
        <translation>កែផ្នែករបាយការណ៍</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance paragraph</source>
        <translation>កថាខណ្ឌវត្តមាន</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reorder report sections</source>
        <translation>រៀបលំដាប់ផ្នែករបាយការណ៍ឡើងវិញ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove report section</source>
        <translation>ដកផ្នែករបាយការណ៍ចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/overview.py" line="+43"/>
        <source>Edit meeting</source>
        <translation>កែកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set next meeting</source>
        <translation>កំណត់កិច្ចប្រជុំបន្ទាប់</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose series</source>
        <translation>ជ្រើសរើសស៊េរី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New series</source>
        <translation>ស៊េរីថ្មី</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add objective</source>
        <translation>បន្ថែមគោលបំណង</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit objective</source>
        <translation>កែគោលបំណង</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reorder objectives</source>
        <translation>រៀបលំដាប់គោលបំណងឡើងវិញ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove objective</source>
        <translation>ដកគោលបំណងចេញ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add organiser</source>
        <translation>បន្ថែមអ្នករៀបចំ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add contact person</source>
        <translation>បន្ថែមអ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/programme.py" line="-44"/>
        <source>Edit session</source>
        <translation>កែវគ្គ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add session</source>
        <translation>បន្ថែមវគ្គ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove session</source>
        <translation>ដកវគ្គចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/testimonies.py" line="+34"/>
        <source>Add testimony</source>
        <translation>បន្ថែមសក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit testimony</source>
        <translation>កែសក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reorder testimonies</source>
        <translation>រៀបលំដាប់សក្ខីកម្មឡើងវិញ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove testimony</source>
        <translation>ដកសក្ខីកម្មចេញ</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting/theme_tags.py" line="+37"/>
        <source>Add theme</source>
        <translation>បន្ថែមប្រធានបទ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove theme</source>
        <translation>ដកប្រធានបទចេញ</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../app/ui/gate/unlock_page.py" line="+38"/>
        <source>Roundtable is locked</source>
        <translation>Roundtable ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>ឃ្លាសម្ងាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlocking</source>
        <translation>កំពុងដោះសោ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the recovery key or shares…</source>
        <translation>ប្រើកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another vault…</source>
        <translation>ឃ្លាំងទិន្នន័យផ្សេង…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Vault folder: %1</source>
        <translation>ថតឃ្លាំងទិន្នន័យ៖ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please enter the passphrase.</source>
        <translation>សូមបញ្ចូលឃ្លាសម្ងាត់។</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/ui/exchange/verify_dialog.py" line="+36"/>
        <source>Verify a bundle</source>
        <translation>ផ្ទៀងផ្ទាត់កញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signer&apos;s card or minisign public key</source>
        <translation>កាតរបស់អ្នកចុះហត្ថលេខា ឬកូនសោសាធារណៈ minisign</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle</source>
        <translation>កញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender&apos;s card or key</source>
        <translation>កាតទំនាក់ទំនង ឬកូនសោរបស់អ្នកផ្ញើ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify</source>
        <translation>ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Stated name: {name}</source>
        <translation>ឈ្មោះដែលបានបញ្ជាក់៖ {name}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+28"/>
        <source>Bundle file</source>
        <translation>ឯកសារកញ្ចប់ទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s contact card or minisign .pub</source>
        <translation>កាតទំនាក់ទំនង ឬឯកសារ minisign .pub របស់អ្នកផ្ញើ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This checks who signed the bundle and that it was not changed. It does not decrypt it. The same check with the stock tools is in the README.</source>
        <translation>ការនេះពិនិត្យថាអ្នកណាបានចុះហត្ថលេខាលើកញ្ចប់ទិន្នន័យ ហើយថាវាមិនត្រូវបានផ្លាស់ប្ដូរ។ វាមិនឌិគ្រីបកញ្ចប់ទិន្នន័យទេ។ ការពិនិត្យដូចគ្នានេះដោយប្រើឧបករណ៍ស្ដង់ដារ មាននៅក្នុង README។</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the bundle and the sender&apos;s key.</source>
        <translation>សូមជ្រើសរើសកញ្ចប់ទិន្នន័យ និងកូនសោរបស់អ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signature valid.
Signer: {signer}
Fingerprint: {fingerprint}
Bundle: {bundle_id}
Sequence: {seq}
Created: {created}</source>
        <translation>ហត្ថលេខាត្រឹមត្រូវ។
អ្នកចុះហត្ថលេខា៖ {signer}
ស្នាមម្រាមដៃកូនសោ៖ {fingerprint}
កញ្ចប់ទិន្នន័យ៖ {bundle_id}
លេខរៀង៖ {seq}
បានបង្កើត៖ {created}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/gate/welcome.py" line="+21"/>
        <source>Welcome to Roundtable</source>
        <translation>សូមស្វាគមន៍មកកាន់ Roundtable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roundtable keeps your meeting records in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>Roundtable រក្សាទុកកំណត់ត្រាកិច្ចប្រជុំរបស់អ្នកនៅក្នុងឃ្លាំងទិន្នន័យដែលបានអ៊ិនគ្រីប នៅលើកុំព្យូទ័រនេះ។ គ្មានអ្វីត្រូវបានផ្ញើទៅកន្លែងណាទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new vault…</source>
        <translation>បង្កើតឃ្លាំងទិន្នន័យថ្មី…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a vault folder…</source>
        <translation>បើកថតឃ្លាំងទិន្នន័យ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>ស្ដារការបម្រុងទុក…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a vault folder</source>
        <translation>បើកថតឃ្លាំងទិន្នន័យ</translation>
    </message>
</context>
<context>
    <name>_ListPane</name>
    <message>
        <location filename="../../app/ui/screens/directory.py" line="-253"/>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែសម្រួល…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli/argparse_messages.py" line="+16"/>
        <source>usage: </source>
        <translation>របៀបប្រើ៖ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>អាគុយម៉ង់តាមទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional arguments</source>
        <translation>អាគុយម៉ង់ស្រេចចិត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>បង្ហាញសារជំនួយនេះ ហើយចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcommands</source>
        <translation>ពាក្យបញ្ជារង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(heading)s:</source>
        <translation>%(heading)s៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: កំហុស៖ %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: ការព្រមាន៖ %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>អាគុយម៉ង់ %(argument_name)s៖ %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>ត្រូវការអាគុយម៉ង់ទាំងនេះ៖ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>ត្រូវការអាគុយម៉ង់មួយក្នុងចំណោម %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>មិនអាចប្រើជាមួយអាគុយម៉ង់ %s បានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>អាគុយម៉ង់ដែលមិនស្គាល់៖ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ជម្រើសមិនត្រឹមត្រូវ៖ %(value)r (សូមជ្រើសពី %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ជម្រើសមិនត្រឹមត្រូវ៖ %(value)r តើអ្នកចង់សំដៅលើ %(closest)r ឬ? (សូមជ្រើសពី %(choices)s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>តម្លៃ %(type)s មិនត្រឹមត្រូវ៖ %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ត្រូវការអាគុយម៉ង់មួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ត្រូវការអាគុយម៉ង់យ៉ាងច្រើនមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ត្រូវការអាគុយម៉ង់យ៉ាងតិចមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>ត្រូវការអាគុយម៉ង់ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>ត្រូវការអាគុយម៉ង់ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ជម្រើសមិនច្បាស់លាស់៖ %(option)s អាចត្រូវនឹង %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>មិនអើពើអាគុយម៉ង់ដែលបានផ្ដល់ %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>ជម្រើសដែលមិនបានរំពឹងទុក៖ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ពាក្យបញ្ជាដែលមិនស្គាល់ %(parser_name)r (ជម្រើស៖ %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>មិនអាចបើក &apos;%(filename)s&apos; បានទេ៖ %(error)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>អាគុយម៉ង់ &quot;-&quot; ជាមួយរបៀប %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot have multiple subparser arguments</source>
        <translation>មិនអាចមានអាគុយម៉ង់ពាក្យបញ្ជារងច្រើនជាងមួយបានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>ពាក្យបញ្ជា &apos;%(parser_name)s&apos; លែងប្រើហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>ជម្រើស &apos;%(option)s&apos; លែងប្រើហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>អាគុយម៉ង់ &apos;%(argument_name)s&apos; លែងប្រើហើយ</translation>
    </message>
</context>
</TS>
