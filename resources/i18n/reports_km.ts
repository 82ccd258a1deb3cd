<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>ReportCsv</name>
    <message>
        <location filename="../../app/reports/csv_export.py" line="+42"/>
        <source>Woman</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-binary</source>
        <translation>ភេទមិនមែនគោលពីរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undisclosed</source>
        <translation>មិនចង់បញ្ជាក់</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not stated</source>
        <translation>មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Kind of organisation</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+21"/>
        <source>Gender</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Participants</source>
        <translation>ចំនួនអ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the meeting</source>
        <translation>តួនាទីក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates attended</source>
        <translation>ថ្ងៃបានចូលរួម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
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
        <location line="+1"/>
        <source>Raised on</source>
        <translation>លើកឡើងនៅថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up at</source>
        <translation>តាមដានក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>បញ្ចប់នៅថ្ងៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>លេខសម្គាល់</translation>
    </message>
</context>
<context>
    <name>ReportDates</name>
    <message>
        <location filename="../../app/reports/language.py" line="+31"/>
        <source>January</source>
        <translation>មករា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>May</source>
        <translation>ឧសភា</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>June</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>ធ្នូ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>មករា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jun</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>ធ្នូ</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{day} {month} {year}</source>
        <translation>ថ្ងៃទី{day} ខែ{month} ឆ្នាំ{year}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day} {mon} {year}</source>
        <translation>{day} {mon} {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first}–{last} {month} {year}</source>
        <translation>ថ្ងៃទី{first}–{last} ខែ{month} ឆ្នាំ{year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} {first_month} – {last} {month} {year}</source>
        <translation>ថ្ងៃទី{first} ខែ{first_month} ដល់ថ្ងៃទី{last} ខែ{month} ឆ្នាំ{year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} – {end}</source>
        <translation>{start} ដល់ {end}</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative.py" line="+294"/>
        <source>from {start}</source>
        <translation>ចាប់ពី {start}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to {end}</source>
        <translation>ដល់ {end}</translation>
    </message>
</context>
<context>
    <name>ReportNarrative</name>
    <message>
        <location line="-170"/>
        <source>Narrative report</source>
        <translation>របាយការណ៍បរិយាយ</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Organisers</source>
        <translation>ស្ថាប័នរៀបចំ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project title</source>
        <translation>ចំណងជើងគម្រោង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>ស៊េរីកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project period</source>
        <translation>រយៈពេលគម្រោង</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact persons</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+55"/>
        <location line="+596"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="-648"/>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>គេហទំព័រ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Distribution</source>
        <translation>ការចែកចាយ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report prepared</source>
        <translation>កាលបរិច្ឆេទរៀបចំរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Day {n}</source>
        <translation>ថ្ងៃទី{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}: {date}</source>
        <translation>{day}៖ {date}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activities</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On {when}</source>
        <translation>នៅ{when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {organisers}</source>
        <translation> {organisers}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> will hold a {n}-day meeting</source>
        <translation> នឹងរៀបចំកិច្ចប្រជុំរយៈពេល {n} ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> held a {n}-day meeting</source>
        <translation> បានរៀបចំកិច្ចប្រជុំរយៈពេល {n} ថ្ងៃ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> will hold a one-day meeting</source>
        <translation> នឹងរៀបចំកិច្ចប្រជុំរយៈពេលមួយថ្ងៃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> held a one-day meeting</source>
        <translation> បានរៀបចំកិច្ចប្រជុំរយៈពេលមួយថ្ងៃ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+248"/>
        <source> in {where}</source>
        <translation> នៅ {where}</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>{kinds} ({n})</source>
        <translation>{kinds} ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({title})</source>
        <translation> ({title})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day}{title} was attended by {people} from {organisations}.</source>
        <translation>{day}{title} មានអ្នកចូលរួមចំនួន {people} មកពី{organisations}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day}{title} was attended by {people}.</source>
        <translation>{day}{title} មានអ្នកចូលរួមចំនួន {people}។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of organisation</source>
        <translation>ប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All participants</source>
        <translation>អ្នកចូលរួមទាំងអស់</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Attendance by kind of organisation</source>
        <translation>ការចូលរួមតាមប្រភេទស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{n} person</source>
        <translation>{n} នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} នាក់</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>General goal</source>
        <translation>គោលបំណងទូទៅ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Specific objectives</source>
        <translation>គោលបំណងជាក់លាក់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of discussion</source>
        <translation>សេចក្តីសង្ខេបនៃកិច្ចពិភាក្សា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Themes: {names}</source>
        <translation>ប្រធានបទ៖ {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[Confidential] </source>
        <translation>[សម្ងាត់] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{speaker}: </source>
        <translation>{speaker}៖ </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>at {venue}</source>
        <translation>នៅ {venue}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>facilitated by {name}</source>
        <translation>សម្របសម្រួលដោយ {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results of the meeting</source>
        <translation>លទ្ធផលនៃកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learnt</source>
        <translation>មេរៀនដែលទទួលបាន</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up of earlier action items</source>
        <translation>ការតាមដានចំណុចសកម្មភាពពីកិច្ចប្រជុំមុន</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Next plan</source>
        <translation>ផែនការបន្ទាប់</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next meeting, “{title}”, is planned for {when}</source>
        <translation>កិច្ចប្រជុំបន្ទាប់ «{title}» គ្រោងនឹងប្រព្រឹត្តទៅនៅ{when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Themes</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testimonies</source>
        <translation>សក្ខីកម្ម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contributors have been guaranteed anonymity.</source>
        <translation>អ្នកផ្តល់សក្ខីកម្មត្រូវបានធានាថា អត្តសញ្ញាណរបស់ពួកគេនឹងមិនត្រូវបានបង្ហាញឡើយ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{percent} women</source>
        <translation>ស្ត្រី {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} men</source>
        <translation>បុរស {percent}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{percent} other or not stated</source>
        <translation>ផ្សេងទៀត ឬមិនបានបញ្ជាក់ {percent}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance and gender balance</source>
        <translation>ការចូលរួម និងតុល្យភាពយេនឌ័រ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>{people} took part in the meeting ({balance}).</source>
        <translation>មានអ្នកចូលរួមកិច្ចប្រជុំសរុបចំនួន {people} ({balance})។</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{people} took part in the meeting.</source>
        <translation>មានអ្នកចូលរួមកិច្ចប្រជុំសរុបចំនួន {people}។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance over all days came to {people} ({balance}).</source>
        <translation>ការចូលរួមសរុបគ្រប់ថ្ងៃមានចំនួន {people} ({balance})។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance over all days came to {people}.</source>
        <translation>ការចូលរួមសរុបគ្រប់ថ្ងៃមានចំនួន {people}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All days (sum of attendance)</source>
        <translation>គ្រប់ថ្ងៃ (ផលបូកនៃការចូលរួម)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on the days gender was recorded: {balance}</source>
        <translation>នៅថ្ងៃដែលបានកត់ត្រាយេនឌ័រ៖ {balance}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Participants</source>
        <translation>អ្នកចូលរួម</translation>
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
        <source>Other or not stated</source>
        <translation>ផ្សេងទៀត ឬមិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women %</source>
        <translation>ស្ត្រី (%)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>speakers</source>
        <translation>អ្នកថ្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>អ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitators</source>
        <translation>អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observers</source>
        <translation>អ្នកសង្កេតការណ៍</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Job title</source>
        <translation>មុខតំណែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the meeting</source>
        <translation>តួនាទីក្នុងកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Whole meeting (distinct people)</source>
        <translation>កិច្ចប្រជុំទាំងមូល (មិនរាប់ស្ទួន)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{role}: {balance}</source>
        <translation>{role}៖ {balance}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List of attachments</source>
        <translation>បញ្ជីឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Annex: list of participants</source>
        <translation>ឧបសម្ព័ន្ធ៖ បញ្ជីរាយនាមអ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days</source>
        <translation>ថ្ងៃចូលរួម</translation>
    </message>
    <message>
        <location filename="../../app/reports/appendices.py" line="+120"/>
        <source>Appendix {n}: {file}</source>
        <translation>ឧបសម្ព័ន្ធទី{n}៖ {file}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The CSV file could not be read as a table.</source>
        <translation>មិនអាចអានឯកសារ CSV នេះជាតារាងបានទេ។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table is shortened: only its first {rows} rows and {columns} columns are printed; the whole file is kept in the vault.</source>
        <translation>តារាងនេះត្រូវបានកាត់ខ្លី៖ មានតែ {rows} ជួរដេក និង {columns} ជួរឈរដំបូងប៉ុណ្ណោះដែលត្រូវបានបោះពុម្ព។ ឯកសារទាំងមូលត្រូវបានរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attachment</source>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Appendices</source>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included: the file is not in this vault or is too large.</source>
        <translation>មិនបានដាក់បញ្ចូល៖ ឯកសារនេះមិនមាននៅក្នុងឃ្លាំងទិន្នន័យនេះ ឬមានទំហំធំពេក។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the first {n} of its {total} pages are printed; the whole file is kept in the vault.</source>
        <translation>មានតែ {n} ទំព័រដំបូងក្នុងចំណោម {total} ទំព័រប៉ុណ្ណោះដែលត្រូវបានបោះពុម្ព។ ឯកសារទាំងមូលត្រូវបានរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This kind of file cannot be printed; it is kept in the vault.</source>
        <translation>ឯកសារប្រភេទនេះមិនអាចបោះពុម្ពបានទេ ហើយត្រូវបានរក្សាទុកក្នុងឃ្លាំងទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be read (damaged or protected).</source>
        <translation>មិនអាចអានឯកសារ PDF នេះបានទេ (ខូច ឬត្រូវបានការពារ)។</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../app/reports/narrative.py" line="-729"/>
        <location filename="../../app/reports/series.py" line="+120"/>
        <source>Page {n} of {total}</source>
        <translation>ទំព័រ {n} នៃ {total}</translation>
    </message>
</context>
<context>
    <name>ReportSeal</name>
    <message>
        <location filename="../../app/reports/seal.py" line="+56"/>
        <source>Sealed by {org} on {date} (seal {seal}). This report is sealed as PDF, ODT and DOCX; each organiser&apos;s signature of this file is a separate file next to it (FILE.ORGANISATION.minisig); check them with roundtable verify --seal or minisign -V. The content that was signed is inside this file as {file}.</source>
        <translation>បិទត្រាដោយ {org} នៅ{date} (ត្រា {seal})។ របាយការណ៍នេះត្រូវបានបិទត្រាជា PDF, ODT និង DOCX; ហត្ថលេខារបស់អ្នករៀបចំម្នាក់ៗលើឯកសារនេះ គឺជាឯកសារដាច់ដោយឡែកនៅក្បែរវា (FILE.ORGANISATION.minisig)៖ ពិនិត្យវាដោយ roundtable verify --seal ឬ minisign -V។ ខ្លឹមសារដែលបានចុះហត្ថលេខា ស្ថិតនៅក្នុងឯកសារនេះជា {file}។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seal</source>
        <translation>ត្រា</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>This report was sealed on {date} and signed by {names} (seal {seal}, content SHA-256 {hash}).</source>
        <translation>របាយការណ៍នេះត្រូវបានបិទត្រានៅ{date} និងចុះហត្ថលេខាដោយ {names} (ត្រា {seal}, SHA-256 នៃខ្លឹមសារ {hash})។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing has changed since it was sealed.</source>
        <translation>គ្មានអ្វីផ្លាស់ប្ដូរទេ ចាប់តាំងពីវាត្រូវបានបិទត្រា។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed since sealing (the sealed version itself is unchanged):</source>
        <translation>ការផ្លាស់ប្ដូរចាប់តាំងពីការបិទត្រា (កំណែដែលបានបិទត្រាខ្លួនឯងមិនផ្លាស់ប្ដូរទេ)៖</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} line(s) of the sealed version are no longer in this report; the sealed version itself keeps them.</source>
        <translation>{n} បន្ទាត់នៃកំណែដែលបានបិទត្រាលែងមាននៅក្នុងរបាយការណ៍នេះទៀតហើយ ប៉ុន្តែកំណែដែលបានបិទត្រាខ្លួនឯងនៅតែរក្សាទុកពួកវា។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No longer in the report:</source>
        <translation>លែងមាននៅក្នុងរបាយការណ៍៖</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added after sealing:</source>
        <translation>បានបន្ថែមបន្ទាប់ពីការបិទត្រា៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addenda after sealing</source>
        <translation>សេចក្ដីបន្ថែមបន្ទាប់ពីការបិទត្រា</translation>
    </message>
</context>
<context>
    <name>ReportSeries</name>
    <message>
        <location filename="../../app/reports/series.py" line="-101"/>
        <source>Planned</source>
        <translation>គ្រោងទុក</translation>
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
        <location line="+71"/>
        <source>{status} (overdue)</source>
        <translation>{status} (ហួសកាលកំណត់)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Series report: follow-up of action items</source>
        <translation>របាយការណ៍ស៊េរីកិច្ចប្រជុំ៖ ការតាមដានចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Series</source>
        <translation>ស៊េរីកិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} meeting</source>
        <translation>កិច្ចប្រជុំចំនួន {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} meetings</source>
        <translation>កិច្ចប្រជុំចំនួន {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count}, {period}</source>
        <translation>{count}៖ {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribution</source>
        <translation>ការចែកចាយ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report prepared</source>
        <translation>កាលបរិច្ឆេទរៀបចំរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings of the series</source>
        <translation>កិច្ចប្រជុំក្នុងស៊េរី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meeting</source>
        <translation>កិច្ចប្រជុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Status of action items</source>
        <translation>ស្ថានភាពនៃចំណុចសកម្មភាព</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} open item is past its due date.</source>
        <translation>ចំណុចសកម្មភាពដែលមិនទាន់បញ្ចប់ចំនួន {n} បានហួសកាលកំណត់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} open items are past their due date.</source>
        <translation>ចំណុចសកម្មភាពដែលមិនទាន់បញ្ចប់ចំនួន {n} បានហួសកាលកំណត់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action items by meeting</source>
        <translation>ចំណុចសកម្មភាពតាមកិច្ចប្រជុំនីមួយៗ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} ({period})</source>
        <translation>{title} ({period})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up meeting</source>
        <translation>កិច្ចប្រជុំតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>បិទនៅថ្ងៃ</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../app/reports/language.py" line="-33"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative.py" line="-89"/>
        <source>Open</source>
        <translation>មិនទាន់អនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>កំពុងអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NGOs</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unions</source>
        <translation>សហជីព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>academic institutions</source>
        <translation>ស្ថាប័នសិក្សា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lawyers&apos; groups</source>
        <translation>ក្រុមមេធាវី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media</source>
        <translation>ប្រព័ន្ធផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>youth groups</source>
        <translation>ក្រុមយុវជន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embassies</source>
        <translation>ស្ថានទូត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agencies</source>
        <translation>ទីភ្នាក់ងារអង្គការសហប្រជាជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional partners</source>
        <translation>ដៃគូក្នុងតំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international NGOs</source>
        <translation>អង្គការមិនមែនរដ្ឋាភិបាលអន្តរជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donors</source>
        <translation>ម្ចាស់ជំនួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government</source>
        <translation>រដ្ឋាភិបាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other organisations</source>
        <translation>ស្ថាប័នផ្សេងៗ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NGO</source>
        <translation>អ.ម.រ.</translation>
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
        <translation>ទីភ្នាក់ងារ អ.ស.ប.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional partner</source>
        <translation>ដៃគូក្នុងតំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <translation>អ.ម.រ. អន្តរជាតិ</translation>
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
        <location line="+23"/>
        <source>{n} byte</source>
        <translation>{n} បៃ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} bytes</source>
        <translation>{n} បៃ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+98"/>
        <location filename="../../app/reports/series.py" line="-88"/>
        <source>{label}:</source>
        <translation>{label}៖</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{sentence}.</source>
        <translation>{sentence}។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and </source>
        <translation> និង </translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{list} and {last}</source>
        <translation>{list} និង {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+161"/>
        <location line="+202"/>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-69"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../app/reports/wording.py" line="+22"/>
        <source>anonymous participant</source>
        <translation>អ្នកចូលរួមអនាមិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a participant</source>
        <translation>អ្នកចូលរួមម្នាក់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal — full record</source>
        <translation>ឯកសារផ្ទៃក្នុង — កំណត់ត្រាពេញលេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For partners — contact details and confidential notes removed</source>
        <translation>សម្រាប់ដៃគូ — បានដកព័ត៌មានទំនាក់ទំនង និងកំណត់ត្រាសម្ងាត់ចេញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public version — names of participants withheld</source>
        <translation>កំណែសាធារណៈ — មិនបង្ហាញឈ្មោះអ្នកចូលរួម</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>{country} (exact location withheld)</source>
        <translation>{country} (មិនបង្ហាញទីកន្លែងពិតប្រាកដ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location withheld</source>
        <translation>មិនបង្ហាញទីកន្លែង</translation>
    </message>
</context>
<context>
    <name>ShareSheet</name>
    <message>
        <location filename="../../app/reports/share_sheet.py" line="+34"/>
        <source>Roundtable recovery share {n} of {count}</source>
        <translation>ចំណែកសង្គ្រោះ Roundtable ទី {n} ក្នុងចំណោម {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation:</source>
        <translation>អង្គការ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share:</source>
        <translation>ចំណែក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {count}</source>
        <translation>ទី {n} ក្នុងចំណោម {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shares needed to recover:</source>
        <translation>ចំណែកដែលត្រូវការដើម្បីសង្គ្រោះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any {k} of the {count}</source>
        <translation>ណាមួយចំនួន {k} ក្នុងចំណោម {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on:</source>
        <translation>បង្កើតនៅ៖</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>If the vault&apos;s passphrase is lost, or the laptop is seized or broken, any {k} of the {count} board members who hold a share can together open the vault again. Fewer than {k} shares reveal nothing about it.</source>
        <translation>ប្រសិនបើឃ្លាសម្ងាត់របស់ឃ្លាំងទិន្នន័យបាត់ ឬកុំព្យូទ័រយួរដៃត្រូវបានរឹបអូស ឬខូច សមាជិកក្រុមប្រឹក្សាភិបាលណាមួយចំនួន {k} ក្នុងចំណោម {count} នាក់ដែលកាន់ចំណែក អាចបើកឃ្លាំងទិន្នន័យឡើងវិញជាមួយគ្នាបាន។ ចំណែកតិចជាង {k} មិនបង្ហាញអ្វីទាំងអស់អំពីវា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do with this sheet</source>
        <translation>អ្វីដែលត្រូវធ្វើជាមួយសន្លឹកនេះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it private, on paper, in a safe place away from the office computers. Do not photograph it, copy it into a phone or type it into any other program.</source>
        <translation>រក្សាវាជាការសម្ងាត់ នៅលើក្រដាស នៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីកុំព្យូទ័ររបស់ការិយាល័យ។ កុំថតរូបវា កុំចម្លងវាចូលទូរស័ព្ទ ឬវាយវាចូលកម្មវិធីផ្សេងណាមួយ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never keep it together with another share: anyone holding {k} shares can open the vault.</source>
        <translation>កុំរក្សាវាជាមួយចំណែកផ្សេងទៀតឱ្យសោះ៖ អ្នកណាដែលកាន់ចំណែក {k} អាចបើកឃ្លាំងទិន្នន័យបាន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the organisation needs to recover the vault, type the {n} words, in order, on Roundtable&apos;s start screen (Use the recovery key or shares… → Recovery shares held by board members), or do it in person with the one who recovers it. The first four letters of each word are enough.</source>
        <translation>នៅពេលអង្គការត្រូវការសង្គ្រោះឃ្លាំងទិន្នន័យ សូមវាយពាក្យទាំង {n} តាមលំដាប់ នៅលើអេក្រង់ចាប់ផ្ដើមរបស់ Roundtable (ប្រើកូនសោសង្គ្រោះ ឬចំណែកសង្គ្រោះ… → ចំណែកសង្គ្រោះដែលកាន់ដោយសមាជិកក្រុមប្រឹក្សាភិបាល) ឬធ្វើវាដោយផ្ទាល់ជាមួយអ្នកដែលសង្គ្រោះវា។ អក្សរបួនដំបូងនៃពាក្យនីមួយៗគឺគ្រប់គ្រាន់ហើយ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If new shares are made, this share stops working: destroy this sheet then. If it is lost or may have been seen, tell the organisation so that new shares are made.</source>
        <translation>ប្រសិនបើចំណែកថ្មីត្រូវបានបង្កើត ចំណែកនេះលែងដំណើរការ៖ ពេលនោះសូមបំផ្លាញសន្លឹកនេះចោល។ ប្រសិនបើវាបាត់ ឬអាចត្រូវបានគេមើលឃើញ សូមប្រាប់អង្គការ ដើម្បីឱ្យបង្កើតចំណែកថ្មី។</translation>
    </message>
</context>
</TS>
