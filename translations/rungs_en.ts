<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdrCommand</name>
    <message numerus="yes">
        <source>%1: imported %n records, skipped %2</source>
        <translation>
            <numerusform>%1: imported %n record, skipped %2</numerusform>
            <numerusform>%1: imported %n records, skipped %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n records and README.md</source>
        <translation>
            <numerusform>%1: exported %n record and README.md</numerusform>
            <numerusform>%1: exported %n records and README.md</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdrFolderActions</name>
    <message numerus="yes">
        <source>Imported %n decision records from %1</source>
        <translation>
            <numerusform>Imported %n decision record from %1</numerusform>
            <numerusform>Imported %n decision records from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and were skipped; the details say why.</source>
        <translation>
            <numerusform>%n file could not be read and was skipped; the details say why.</numerusform>
            <numerusform>%n files could not be read and were skipped; the details say why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n files</source>
        <translation>
            <numerusform>skipped %n file</numerusform>
            <numerusform>skipped %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision records to %1</source>
        <translation>
            <numerusform>Exported %n decision record to %1</numerusform>
            <numerusform>Exported %n decision records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositePanel</name>
    <message numerus="yes">
        <source>+%n points since last week</source>
        <translation>
            <numerusform>+%n point since last week</numerusform>
            <numerusform>+%n points since last week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n points since last week</source>
        <translation>
            <numerusform>−%n point since last week</numerusform>
            <numerusform>−%n points since last week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>Streak: %n days in a row</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryFileActions</name>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already present</source>
        <translation>
            <numerusform>skipped %n already present</numerusform>
            <numerusform>skipped %n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryHistory</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%1: exported %n entries</source>
        <translation>
            <numerusform>%1: exported %n entry</numerusform>
            <numerusform>%1: exported %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1: imported %n entries</source>
        <translation>
            <numerusform>%1: imported %n entry</numerusform>
            <numerusform>%1: imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already present</source>
        <translation>
            <numerusform>, skipped %n already present</numerusform>
            <numerusform>, skipped %n already present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message numerus="yes">
        <source>Streak: %n days in a row</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>Showing %1 of %n entry</numerusform>
            <numerusform>Showing %1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>Deleted %n entry (Ctrl+Z to undo)</numerusform>
            <numerusform>Deleted %n entries (Ctrl+Z to undo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message numerus="yes">
        <source>Give each metric a weight from 0 to 100 for how much it matters to you; only the ratios count. The entropy share decides how much of each weight comes from how much the metric varied, week by week, over the last %n days.</source>
        <translation>
            <numerusform>Give each metric a weight from 0 to 100 for how much it matters to you; only the ratios count. The entropy share decides how much of each weight comes from how much the metric varied, week by week, over the last %n day.</numerusform>
            <numerusform>Give each metric a weight from 0 to 100 for how much it matters to you; only the ratios count. The entropy share decides how much of each weight comes from how much the metric varied, week by week, over the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message numerus="yes">
        <source>Already attached: %n pieces of evidence.</source>
        <translation>
            <numerusform>Already attached: %n piece of evidence.</numerusform>
            <numerusform>Already attached: %n pieces of evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketOutline</name>
    <message numerus="yes">
        <source>Every metric with a %1 target meets it over the last %n days.</source>
        <translation>
            <numerusform>Every metric with a %1 target meets it today.</numerusform>
            <numerusform>Every metric with a %1 target meets it over the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions of the period were accepted, some since superseded. Those with measured results come first, newest first.</source>
        <translation>
            <numerusform>%n decision of the period was accepted. Those with measured results come first, newest first.</numerusform>
            <numerusform>%n decisions of the period were accepted, some since superseded. Those with measured results come first, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are kept in the decision log.</source>
        <translation>
            <numerusform>%n more is kept in the decision log.</numerusform>
            <numerusform>%n more are kept in the decision log.</numerusform>
        </translation>
    </message>
</context>
</TS>
