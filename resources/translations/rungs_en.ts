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
    <message>
        <source>new, list, show, status, supersede, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the title. show: N. status: N and the new status. supersede: OLD and NEW. import, export: the folder. N is the ADR&apos;s number (the first stored when several share it) or id:N with its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With new: proposed (default), accepted, rejected, deprecated or superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With new, status or supersede: the day, YYYY-MM-DD, today (default) or yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With status: a note for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: only records whose title, context, options, decision or consequences contain this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import: refuse the whole folder when any file cannot be read, instead of skipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adr: say new, list, show, status, supersede, import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adr: unknown action &quot;%1&quot; (new, list, show, status, supersede, import or export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adr %1: --%2 does not go with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adr %1: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adr: ADR id %1 vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no ADR with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ADR number (give N, ADR-N or id:N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no ADR number %2 (see &apos;rungs adr list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, list, search, supersede, import and export decision records (ADRs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrEditCommand</name>
    <message>
        <source>Edit ADR “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrEditor</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conse&amp;quences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-&amp;makers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsulted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and &amp;problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision d&amp;rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considered options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mor&amp;e information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions this decision shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints it helps prove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1: before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1: after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrFolder</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: superseded, as %1 says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersedes %1: no such record among the imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1: no such record among the imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database before importing: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Decision Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no Markdown files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some links could not be followed; the details say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Decision Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds Markdown files. Records and README.md of the same names will be replaced; other files stay. Export into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Decision Records from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Decision Records to Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrMarkdownReader</name>
    <message>
        <source>the file starts with &apos;---&apos; but the front matter never ends; read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title says number %1 but the file name %2; the file name counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no title heading (&apos;# Title&apos;); not a decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list of other records (an index), not a decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of proposed, accepted, rejected, deprecated, superseded; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of proposed, accepted, rejected, deprecated, superseded; read as proposed and kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status given; read as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is not valid YAML (line %1: %2); kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is not a list of keys; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter &apos;%1&apos; is not a single value; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersedes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &apos;draft&apos; read as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not understood (expected YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY); left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real day; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;%1&apos; read as month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pros and cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>considered options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; section kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &apos;%1&apos; section; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more cells than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is not a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is neither dimension nor checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrStore</name>
    <message>
        <source>adr: ADR id %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersede: an ADR cannot supersede itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersede: ADR %1 is already superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersede: ADR %1 is itself superseded, so it cannot replace another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supersedes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by: an ADR cannot supersede itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by: ADR id %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrTableModel</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdrView</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;precate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede &amp;by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ADR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this decision record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ADR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other record to supersede this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that replaces this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ADR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” for good? Checkpoint evidence that points at it goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, context, options and decisions, in any language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>Dimension key or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 0.5, 1 … 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the assessment: YYYY-MM-DD, today (default) or yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess: give a DIMENSION and a SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score yourself on a dimension, 0 to 5 in half steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIMENSION SCORE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess Yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what this score rests on, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations and previous self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;imension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score (0–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1: expects %2. Target %3: expects %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your previous self-assessment: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not assessed this dimension yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write the backup to this file (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups in the backups folder, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this backup in place of the database; the file it replaces is kept beside it. Close the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: give only one of --out, --list and --restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2; the file it replaced is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database to FILE or into its backups folder, list the backups, or restore one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the database itself; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the damaged file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy the backup into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the database itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>First day drawn (default: the first entry of the metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day drawn (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per day, week or month (default week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the moving average over this many points (2 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every metric as a percentage of the target level&apos;s target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the levels&apos; target lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the trend lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: name at least one metric, &quot;composite&quot; or &quot;checkpoints&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: --period %1: give day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: --average %1: give a number of points from 2 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: %1: no such metric in %2 (see rungs metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: --from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw metrics over time, with targets and trend, to a picture or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to draw at this size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFileDialog</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables of the plotted values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartOutput</name>
    <message>
        <source>The file to write, ending in .png, .svg, .pdf or .csv (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, ending in .png, .svg or .pdf (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart size in logical pixels, %1 to %2 a side (default %3x%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution, %1 to %2 (default %3: two pixels per logical pixel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.png, .svg, .pdf or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give --out FILE ending in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the name must end in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --size %2: give WIDTHxHEIGHT, each %3 to %4, such as 1200x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --dpi %2: give a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across days to zoom in; right-click to zoom out.
With the chart focused: + and − zoom, ← and → move, Home shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average each point with the points before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own axis per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of target: every metric relative to the target level&apos;s target, 100 % meets it and up is always better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rend and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Average:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly composite score of all metrics, 0–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkpoints done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the target level&apos;s checkpoints done, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database file for damage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointCommand</name>
    <message>
        <source>done, start (in progress) or reset (not started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s id, as &apos;rungs checkpoints&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With done: what proves it; repeat for more. adr:N or ADR-N, entry:N, a URL, a commit or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With done: there is no evidence yet; say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With done or start: the day, YYYY-MM-DD, today (default) or yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With done or start: a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint: give done, start or reset and a checkpoint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint: unknown action &quot;%1&quot; (use done, start or reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint %1: --evidence and --no-evidence go with done only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint reset: --date and --note go with done or start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a promotion checkpoint done (with evidence), started, or not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done|start|reset ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointDetails</name>
    <message>
        <source>Checkpoint details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a checkpoint to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, %2 — %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach this evidence from the checkpoint? The checkpoint keeps its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointProgress</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointTableModel</name>
    <message>
        <source>Proven by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointsCommand</name>
    <message>
        <source>Only the checkpoints of this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: unknown level &quot;%1&quot; (the levels of %2 are %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the promotion checkpoints of every level, or of one, with status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckpointsView</name>
    <message>
        <source>Mark &amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter checkpoints by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the checkpoint done, or add evidence to a done one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to not started; the evidence is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: there is no database here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see &apos;rungs --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see &apos;rungs %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file to use instead of the default (also settable with RUNGS_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rungs [--db FILE] [COMMAND [OPTIONS] [ARGUMENTS]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rungs keeps your calibration metrics, decision records and promotion checkpoints in one private SQLite file. Without a command it opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; &apos;rungs COMMAND --help&apos; shows a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 usage error, 3 invalid input (nothing written), 4 database problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rungs %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how much each metric counts in the composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries for at least two weeks to see a composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries so far fall in one week, starting %1, and the score compares weeks with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score this week: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change since last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Largest weights: %1 and %n more</source>
        <translation>
            <numerusform>Largest weights: %1 and %n more</numerusform>
            <numerusform>Largest weights: %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositeScore</name>
    <message>
        <source>The entropy share is not a number; the default %1 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entropy share must lie between 0 and 1; %1 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no periods to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: values that are not finite numbers were ignored (%2 of %3 periods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values, so it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value in only one of %2 periods, so it is left out: one value cannot be compared with anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no value in %2 of %3 periods; those count at the worst value observed, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the same value in every period, so it carries no information and gets no entropy weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator has enough values to score, so every score is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a single period the entropy weights are undefined, so the expert weights are used alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator varies across the periods, so the entropy weights carry no information and the expert weights are used alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert weights that are negative or not numbers count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expert weights of the indicators used are all 0, so they count equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expert weights were given, so the indicators count equally in the expert share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Nothing logged today yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores and expected scores by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give yourself a score on a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Now: &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;Aiming for: &lt;b&gt;%4&lt;/b&gt; %5&lt;br&gt;&lt;i&gt;%6&lt;/i&gt;&lt;br&gt;Target date: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score per dimension (0–5) compared with what %1 and %2 expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: readiness &lt;b&gt;%5&amp;nbsp;%&lt;/b&gt; · %3 of %4 checkpoints done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expects %2, you %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2%3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gaps to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checkpoint of %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next checkpoints for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), so it is not a Rungs database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SQLite database (the file does not start with the SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this SQLite database belongs to another program, not Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer Rungs (schema %2; this version reads up to %3). Update Rungs to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch the database to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not migrated, because the backup before migrating failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration to schema %2 (%3) failed and was undone: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is busy: another program (the Rungs window or a command) kept it locked for %2 seconds; nothing was written, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is cut short (%2 bytes of the %3 its header names); restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged, not a readable SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok, every page and index is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: problems found (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: ok, every reference points at an existing row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: broken references found (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems. Keep this file as it is and restore the newest backup from the backups folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Rungs cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1, from %2. Restoring it keeps the current file beside it, renamed, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new database file to write; an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of data, ending today: %1 to %2 (default %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random data; the same seed gives the same data (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in framework to use (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: give --out FILE, the new database to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --years %1: give a whole number of years from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed %1: give a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4; entries %5, self-assessments %6, checkpoints done %7, evidence %8, ADRs %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new database with years of realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1: the database already holds data; demo data goes into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years: %1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>%1: the write-ahead log was not folded into the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give the name of a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionTableModel</name>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionsCommand</name>
    <message>
        <source>List the competency dimensions with each level&apos;s expected score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesCommand</name>
    <message>
        <source>Only this metric (key or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List logged entries, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCsv</name>
    <message>
        <source>%1:1: header: missing, the file is empty (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos; (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: header: missing column &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row: %2 fields where the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryFile</name>
    <message>
        <source>%1: the name must end in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .csv or .json</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Log %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database before importing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>%1 is not a metric of the active framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the %2 target (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the %1 limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the %2 limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>evidence: checkpoint %1 already has evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: no checkpoint given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: evidence %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: ADR %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: entry %1 does not exist</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give one file ending in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1: the name must end in .csv or .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all entries to a CSV or JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv|FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkCommand</name>
    <message>
        <source>list, import or use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework: say list, import FILE.json or use KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework %1: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework: unknown action &quot;%1&quot; (list, import or use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported framework %1 (%2): %3 levels, %4 dimensions, %5 checkpoints, %6 metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1: current level %2, target level %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List frameworks, import one from JSON, or switch to another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkOption</name>
    <message>
        <source>Framework to list instead of the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkReader</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have %1 to %2 items, has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid key (use a-z, 0-9, - and _; at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or an object with &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;rungs-framework&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (this Rungs reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid level code (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;; at most 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used as %2 (codes ignore case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole or half point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;higher&quot; or &quot;lower&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;sum&quot;, &quot;mean&quot;, &quot;last&quot; or &quot;max&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is easier than the %2 target (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level (levels are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the framework must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkStore</name>
    <message>
        <source>unknown framework &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key: &quot;%2&quot; belongs to a built-in framework; give yours its own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revision: %2 is older than the installed revision %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <source>Active &amp;framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the file has a problem:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported. Use it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rungs: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
Run a command instead, e.g. &apos;rungs checkpoints&apos;, or see &apos;rungs --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program replaced the database file; opened the new one</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries from a CSV file (date,metric,value,note,evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD, today or yesterday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too close to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line (a URL, commit or path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric %1 in framework %2 (see &apos;rungs metrics&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dimension %1 in framework %2 (see &apos;rungs dimensions&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of 0, 0.5, 1 … 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters is longer than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is outside 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1 (use proposed, accepted, rejected, deprecated or superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown checkpoint %1 in framework %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one piece of evidence, or say there is none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give evidence or say there is none, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ADR (write adr:N or ADR-N with the ADR&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an entry (write entry:N with the entry&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes are more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>Metric key or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure, e.g. 3 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the entry: YYYY-MM-DD, today (default) or yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL, commit or file that proves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: give a METRIC and a VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a value of a calibration metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC VALUE</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a figure (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, evidence and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;ADR Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ADR F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Radar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Promotion &amp;Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 = %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is logged for today yet. Press Ctrl+L to log a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rungs %1&lt;/h3&gt;&lt;p&gt;Plan and prove a promotion along an engineering career ladder: daily calibration metrics, decision records, checkpoints and progress, kept privately in one file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rungs keeps running in the tray to remind you to log. Quit from the tray menu to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rungs — Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data of an imagined engineer; your own database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;My Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the demo and open your own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 in place of the database? What was written since that backup is replaced; the current file is kept beside the database with &quot;.before-restore-&quot; and the time in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved or deleted while Rungs had it open. The window still shows and saves what it holds, but only until Rungs closes: use File ▸ Back Up Database… to keep it, or put the file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language when Rungs starts again.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Checkpoint Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What proves it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: a URL, a commit, a file path, adr:N or entry:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number or title to add an ADR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR id:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricTableModel</name>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combines by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>List the metrics you can log, with targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table|csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (use table, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (use table or json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketFileActions</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion packet was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Promotion Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the promotion packet to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown with images (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotion-packet-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf or .md</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, aimed for by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 checkpoints done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures on %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints done in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions accepted in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 means: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Readiness and competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for a level is the mean of two shares: its checkpoints done, and how far the latest self-assessment reaches what the level expects in each competency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: the self-assessment as of %1. Solid line: what %2 expects. Dashed: what %3 expects, and the self-assessment as of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics behind the %1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the framework asks of each level, where each checkpoint stands on %1, and the evidence attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework sets no checkpoints here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Progress over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The composite score weighs every logged metric by how much it varies and by the weights chosen in Rungs; beside it, the share of %1 checkpoints done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score and %1 checkpoints done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric was logged on two or more days of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics furthest behind the %1 targets come first, then those that meet them. Each chart shows the figures of the period with their moving average and trend; dashed lines are the levels&apos; targets, and the shaded side meets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Decision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was accepted between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion packet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion packet %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf or .md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPacket</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Remind me to log when nothing is logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes to it when you press OK. The command line follows the language of its environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Aim for a date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the promotion packet names you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Career ladder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rungs keeps your calibration figures, decision records and promotion checkpoints on this computer only. Tell it where you stand and where you aim; you can change this later in Edit ▸ Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to log every day at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open three years of an imagined engineer&apos;s records in a separate database; yours stays empty and this welcome comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: no profile has been set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: pick a metric, or log some figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target = 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChartData</name>
    <message>
        <source>%1: no such metric in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out, because %2 sets no target for it to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score: fewer than two weeks in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints: %1 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkpoints done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 target (%3) is met on the trend line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at this rate the %2 target (%3) is reached around %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 target (%3) is not reached at this rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionPacket</name>
    <message>
        <source>ADR (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key or name, e.g. delta_tech; Down lists all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 or 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, today or yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you did, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL, commit or file path, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s daily metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarCommand</name>
    <message>
        <source>Also draw your self-assessment as it stood this many days ago (default %1; 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radar: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radar: --snapshot %1: give a number of days from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the competency radar (you, your levels, an earlier snapshot) to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarData</name>
    <message>
        <source>You (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>%1 names when the snapshot was taken, such as a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarPanel</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yourself %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the radar as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The file to write, ending in .pdf or .md (replaced if it exists); Markdown links its charts from a folder &lt;name&gt;-images beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (default: the twelve months ending --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: give --out FILE ending in .pdf or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1: the name must end in .pdf or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the promotion packet (radar, checkpoints, charts, decisions) as PDF or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreWeightsStore</name>
    <message>
        <source>%1: no profile has been set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: zoom in, zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+, −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: move back, forward in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>←, →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: show every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: zoom into days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag across them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done, Add Evidence: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick log: pick the metric, go to the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: edit the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: delete the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Log entries for at least two weeks to see a composite score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where you stand: readiness per level, the top gaps to your target and this week&apos;s composite score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Week of %1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsCommand</name>
    <message>
        <source>set, to change the weight of one metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric&apos;s key or name, as &apos;rungs metrics&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its weight, 0 to 100; only the ratios between weights count. Every metric starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each weight comes from how much the metric varied, 0 to 1 (default 0.6); the rest comes from your weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights: give nothing, or set METRIC WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set how much each metric counts in the composite score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[set METRIC WEIGHT]</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite Score Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weight for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy share in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 %: your weights alone; 100 %: entropy alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entropy share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries in the weeks scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>current level: %1 has no level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target level: %1 has no level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target level: %1 is not above the current level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target date: %1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
