<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdrCommand</name>
    <message>
        <source>new, list, show, status, supersede, import or export.</source>
        <translation>new、list、show、status、supersede、import 或 export。</translation>
    </message>
    <message>
        <source>new: the title. show: N. status: N and the new status. supersede: OLD and NEW. import, export: the folder. N is the ADR&apos;s number (the first stored when several share it) or id:N with its id.</source>
        <translation>new：标题。show：N。status：N 和新状态。supersede：OLD 和 NEW。import、export：文件夹。N 为 ADR 的编号（多条同号时取最先存储的一条），或 id:N 形式的 id。</translation>
    </message>
    <message>
        <source>With new: proposed (default), accepted, rejected, deprecated or superseded.</source>
        <translation>用于 new：proposed（默认）、accepted、rejected、deprecated 或 superseded。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With new, status or supersede: the day, YYYY-MM-DD, today (default) or yesterday.</source>
        <translation>用于 new、status 或 supersede：日期，YYYY-MM-DD、today（默认）或 yesterday。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>With status: a note for the history.</source>
        <translation>用于 status：写入历史的备注。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>With list: only records whose title, context, options, decision or consequences contain this text.</source>
        <translation>用于 list：只列出标题、背景、方案、决策或影响中包含此文本的记录。</translation>
    </message>
    <message>
        <source>With import: refuse the whole folder when any file cannot be read, instead of skipping it.</source>
        <translation>用于 import：只要有任何文件无法读取就拒绝导入整个文件夹，而不是跳过该文件。</translation>
    </message>
    <message>
        <source>adr: say new, list, show, status, supersede, import or export</source>
        <translation>adr：请指定 new、list、show、status、supersede、import 或 export</translation>
    </message>
    <message>
        <source>adr: unknown action &quot;%1&quot; (new, list, show, status, supersede, import or export)</source>
        <translation>adr：未知操作“%1”（可用 new、list、show、status、supersede、import 或 export）</translation>
    </message>
    <message>
        <source>adr %1: --%2 does not go with %1</source>
        <translation>adr %1：--%2 不能与 %1 一起使用</translation>
    </message>
    <message>
        <source>adr %1: wrong number of arguments</source>
        <translation>adr %1：参数个数不对</translation>
    </message>
    <message>
        <source>adr: ADR id %1 vanished</source>
        <translation>adr：ADR id %1 已不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n records, skipped %2</source>
        <translation>
            <numerusform>%1：导入 %n 条记录，跳过 %2 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n records and README.md</source>
        <translation>
            <numerusform>%1：导出 %n 条记录和 README.md</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no ADR with id %2</source>
        <translation>%1：不存在 id 为 %2 的 ADR</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ADR number (give N, ADR-N or id:N)</source>
        <translation>%1：“%2”不是 ADR 编号（请给出 N、ADR-N 或 id:N）</translation>
    </message>
    <message>
        <source>%1: there is no ADR number %2 (see &apos;rungs adr list&apos;)</source>
        <translation>%1：不存在编号为 %2 的 ADR（见 &apos;rungs adr list&apos;）</translation>
    </message>
    <message>
        <source>Write, list, search, supersede, import and export decision records (ADRs).</source>
        <translation>编写、列出、搜索、取代、导入和导出架构决策记录（ADR）。</translation>
    </message>
</context>
<context>
    <name>AdrEditCommand</name>
    <message>
        <source>Edit ADR “%1”</source>
        <translation>编辑 ADR“%1”</translation>
    </message>
</context>
<context>
    <name>AdrEditor</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Context and problem statement</source>
        <translation>背景与问题陈述</translation>
    </message>
    <message>
        <source>Decision drivers</source>
        <translation>决策驱动因素</translation>
    </message>
    <message>
        <source>Decision outcome</source>
        <translation>决策结果</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>缺点</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>决策(&amp;C)</translation>
    </message>
    <message>
        <source>Conse&amp;quences</source>
        <translation>影响(&amp;Q)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>关联(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Decision-&amp;makers:</source>
        <translation>决策者(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;onsulted:</source>
        <translation>咨询对象(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>知会对象(&amp;I)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Context and &amp;problem statement</source>
        <translation>背景与问题陈述(&amp;P)</translation>
    </message>
    <message>
        <source>Decision d&amp;rivers</source>
        <translation>决策驱动因素(&amp;R)</translation>
    </message>
    <message>
        <source>Considered options</source>
        <translation>备选方案</translation>
    </message>
    <message>
        <source>Decision &amp;outcome</source>
        <translation>决策结果(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;nsequences:</source>
        <translation>影响(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firmation:</source>
        <translation>验证(&amp;F)：</translation>
    </message>
    <message>
        <source>Mor&amp;e information:</source>
        <translation>更多信息(&amp;E)：</translation>
    </message>
    <message>
        <source>Measured &amp;results:</source>
        <translation>量化结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Dimensions this decision shows</source>
        <translation>此决策体现的能力维度</translation>
    </message>
    <message>
        <source>Checkpoints it helps prove</source>
        <translation>此决策有助于证明的检查点</translation>
    </message>
    <message>
        <source>result %1: before</source>
        <translation>结果 %1：之前</translation>
    </message>
    <message>
        <source>result %1: after</source>
        <translation>结果 %1：之后</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>考虑过的方案</translation>
    </message>
    <message>
        <source>Measured results</source>
        <translation>实测结果</translation>
    </message>
</context>
<context>
    <name>AdrFolder</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>status: superseded, as %1 says</source>
        <translation>状态：已被取代，依据 %1</translation>
    </message>
    <message>
        <source>supersedes %1: no such record among the imported files</source>
        <translation>取代 %1：导入的文件中没有这条记录</translation>
    </message>
    <message>
        <source>superseded by %1: no such record among the imported files</source>
        <translation>被 %1 取代：导入的文件中没有这条记录</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder</source>
        <translation>%1：是文件而不是文件夹</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1：已跳过：%2</translation>
    </message>
    <message>
        <source>understood: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <source>kept raw: %1</source>
        <translation>原样保留：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cannot back up the database before importing: %1</source>
        <translation>导入前无法备份数据库：%1</translation>
    </message>
</context>
<context>
    <name>AdrFolderActions</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n decision records from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条架构决策记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Decision Records</source>
        <translation>导入架构决策记录</translation>
    </message>
    <message>
        <source>The folder holds no Markdown files.</source>
        <translation>该文件夹中没有 Markdown 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and were skipped; the details say why.</source>
        <translation>
            <numerusform>%n 个文件无法读取，已跳过；原因见详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some links could not be followed; the details say which.</source>
        <translation>部分链接无法解析；具体见详细信息。</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n files</source>
        <translation>
            <numerusform>跳过了 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Decision Records</source>
        <translation>导出架构决策记录</translation>
    </message>
    <message>
        <source>%1 already holds Markdown files. Records and README.md of the same names will be replaced; other files stay. Export into it?</source>
        <translation>%1 中已有 Markdown 文件。同名的记录和 README.md 将被替换，其他文件保留。仍要导出到此文件夹吗？</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n decision records to %1</source>
        <translation>
            <numerusform>已将 %n 条架构决策记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Decision Records from Folder</source>
        <translation>从文件夹导入架构决策记录</translation>
    </message>
    <message>
        <source>Export Decision Records to Folder</source>
        <translation>将架构决策记录导出到文件夹</translation>
    </message>
</context>
<context>
    <name>AdrMarkdownReader</name>
    <message>
        <source>the file starts with &apos;---&apos; but the front matter never ends; read as text</source>
        <translation>文件以“---”开头但 front matter 没有结束；按正文读取</translation>
    </message>
    <message>
        <source>the title says number %1 but the file name %2; the file name counts</source>
        <translation>标题中的编号是 %1，但文件名是 %2；以文件名为准</translation>
    </message>
    <message>
        <source>%1: no title heading (&apos;# Title&apos;); not a decision record</source>
        <translation>%1：没有标题（“# 标题”）；不是架构决策记录</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>%1: a list of other records (an index), not a decision record</source>
        <translation>%1：是其他记录的列表（索引），不是架构决策记录</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of proposed, accepted, rejected, deprecated, superseded; kept as written</source>
        <translation>状态“%1”不是 proposed、accepted、rejected、deprecated、superseded 之一；按原文保留</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of proposed, accepted, rejected, deprecated, superseded; read as proposed and kept as written</source>
        <translation>状态“%1”不是 proposed、accepted、rejected、deprecated、superseded 之一；按 proposed 读取并保留原文</translation>
    </message>
    <message>
        <source>no status given; read as proposed</source>
        <translation>未给出状态；按 proposed 读取</translation>
    </message>
    <message>
        <source>date from the file name</source>
        <translation>日期取自文件名</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>front matter is not valid YAML (line %1: %2); kept as written</source>
        <translation>front matter 不是有效的 YAML（第 %1 行：%2）；按原文保留</translation>
    </message>
    <message>
        <source>front matter is not a list of keys; kept as written</source>
        <translation>front matter 不是键值列表；按原文保留</translation>
    </message>
    <message>
        <source>front matter &apos;%1&apos; is not a single value; kept as written</source>
        <translation>front matter“%1”不是单个值；按原文保留</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>已被 %1 取代</translation>
    </message>
    <message>
        <source>supersedes: %1</source>
        <translation>取代：%1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>status &apos;draft&apos; read as proposed</source>
        <translation>状态“draft”按 proposed 读取</translation>
    </message>
    <message>
        <source>status history: %1</source>
        <translation>状态历史：%1</translation>
    </message>
    <message>
        <source>decision-makers</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>咨询对象</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>知会对象</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not understood (expected YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY); left empty</source>
        <translation>无法识别日期“%1”（应为 YYYY-MM-DD、DD/MM/YYYY 或 DD.MM.YYYY）；留空</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real day; left empty</source>
        <translation>日期“%1”不是真实存在的日期；留空</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; read as month/day/year</source>
        <translation>日期“%1”按 月/日/年 读取</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>pros and cons</source>
        <translation>优缺点</translation>
    </message>
    <message>
        <source>considered options: %1</source>
        <translation>备选方案：%1</translation>
    </message>
    <message>
        <source>chosen option</source>
        <translation>选定方案</translation>
    </message>
    <message>
        <source>text under the title</source>
        <translation>标题下的文字</translation>
    </message>
    <message>
        <source>context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>decision drivers</source>
        <translation>决策驱动因素</translation>
    </message>
    <message>
        <source>decision outcome</source>
        <translation>决策结果</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>more information</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <source>consequences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>positive consequences</source>
        <translation>正面影响</translation>
    </message>
    <message>
        <source>negative consequences</source>
        <translation>负面影响</translation>
    </message>
    <message>
        <source>%1: %2; section kept as written</source>
        <translation>%1：%2；该节按原文保留</translation>
    </message>
    <message>
        <source>results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>framework links: %1</source>
        <translation>框架关联：%1</translation>
    </message>
    <message>
        <source>a second &apos;%1&apos; section; kept as written</source>
        <translation>第二个“%1”节；按原文保留</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>没有表格</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation>未知列“%1”</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>row %1 has more cells than the header</source>
        <translation>第 %1 行的单元格比表头多</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is not a number</source>
        <translation>第 %2 行的“%1”不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is not a day</source>
        <translation>第 %2 行的“%1”不是日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in row %2 is neither dimension nor checkpoint</source>
        <translation>第 %2 行的“%1”既不是能力维度也不是检查点</translation>
    </message>
</context>
<context>
    <name>AdrStore</name>
    <message>
        <source>adr: ADR id %1 does not exist</source>
        <translation>adr：ADR id %1 不存在</translation>
    </message>
    <message>
        <source>date: missing</source>
        <translation>日期：缺失</translation>
    </message>
    <message>
        <source>status: already %1</source>
        <translation>状态：已经是 %1</translation>
    </message>
    <message>
        <source>status: cannot go from %1 to %2</source>
        <translation>状态：不能从 %1 变为 %2</translation>
    </message>
    <message>
        <source>supersede: an ADR cannot supersede itself</source>
        <translation>取代：ADR 不能取代自身</translation>
    </message>
    <message>
        <source>supersede: ADR %1 is already superseded</source>
        <translation>取代：ADR %1 已被取代</translation>
    </message>
    <message>
        <source>supersede: ADR %1 is itself superseded, so it cannot replace another</source>
        <translation>取代：ADR %1 本身已被取代，不能再取代其他记录</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>已被 %1 取代</translation>
    </message>
    <message>
        <source>supersedes %1</source>
        <translation>取代 %1</translation>
    </message>
    <message>
        <source>superseded by: an ADR cannot supersede itself</source>
        <translation>被取代：ADR 不能取代自身</translation>
    </message>
    <message>
        <source>superseded by: ADR id %1 does not exist</source>
        <translation>被取代：ADR id %1 不存在</translation>
    </message>
</context>
<context>
    <name>AdrTableModel</name>
    <message>
        <source>proposed</source>
        <translation>提议中</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Superseded by %1 %2</source>
        <translation>已被 %1 %2 取代</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>能力维度</translation>
    </message>
</context>
<context>
    <name>AdrView</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>De&amp;precate</source>
        <translation>弃用(&amp;P)</translation>
    </message>
    <message>
        <source>Supersede &amp;by…</source>
        <translation>被取代为(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Search decision records</source>
        <translation>搜索架构决策记录</translation>
    </message>
    <message>
        <source>&amp;New ADR</source>
        <translation>新建 ADR(&amp;N)</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>架构决策记录</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>保存记录 (Ctrl+S)；编辑 ▸ 撤销可恢复</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to this decision record?</source>
        <translation>保存对此架构决策记录的更改吗？</translation>
    </message>
    <message>
        <source>Saved ADR %1</source>
        <translation>已保存 ADR %1</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新决策</translation>
    </message>
    <message>
        <source>There is no other record to supersede this one.</source>
        <translation>没有其他记录可以取代这一条。</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>The record that replaces this one:</source>
        <translation>取代这一条的记录：</translation>
    </message>
    <message>
        <source>Delete ADR</source>
        <translation>删除 ADR</translation>
    </message>
    <message>
        <source>Delete “%1” for good? Checkpoint evidence that points at it goes too.</source>
        <translation>永久删除“%1”吗？指向它的检查点证据也会一并删除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>Search titles, context, options and decisions, in any language</source>
        <translation>搜索标题、背景、方案和决策（中英文均可）</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <source>Dimension key or name.</source>
        <translation>能力维度的键名或名称。</translation>
    </message>
    <message>
        <source>0, 0.5, 1 … 5.</source>
        <translation>0、0.5、1 … 5。</translation>
    </message>
    <message>
        <source>Day of the assessment: YYYY-MM-DD, today (default) or yesterday.</source>
        <translation>自评日期：YYYY-MM-DD、today（默认）或 yesterday。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Why this score.</source>
        <translation>打这个分的理由。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>assess: give a DIMENSION and a SCORE</source>
        <translation>assess：请给出 DIMENSION 和 SCORE</translation>
    </message>
    <message>
        <source>Score yourself on a dimension, 0 to 5 in half steps.</source>
        <translation>在某个能力维度上给自己打分，0 到 5 分，以 0.5 为步长。</translation>
    </message>
    <message>
        <source>DIMENSION SCORE</source>
        <translation>DIMENSION SCORE</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess Yourself</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>能力维度</translation>
    </message>
    <message>
        <source>Score from 0 to 5</source>
        <translation>0 到 5 分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>what this score rests on, optional</source>
        <translation>评分依据，可选</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expectations and previous self-assessment</source>
        <translation>期望值与上次自评</translation>
    </message>
    <message>
        <source>D&amp;imension:</source>
        <translation>能力维度(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Score (0–5):</source>
        <translation>得分 (0–5)(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>nothing set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Now %1: expects %2. Target %3: expects %4.</source>
        <translation>当前 %1：期望 %2。目标 %3：期望 %4。</translation>
    </message>
    <message>
        <source>Your previous self-assessment: %1 on %2.</source>
        <translation>你上次的自评：%1 分（%2）。</translation>
    </message>
    <message>
        <source>You have not assessed this dimension yet.</source>
        <translation>你还没有对这个能力维度自评过。</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未自评</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>能力维度</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>你的得分</translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation>%1 期望</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write the backup to this file (replaced if it exists).</source>
        <translation>将备份写入此文件（若已存在则替换）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>List the backups in the backups folder, newest first.</source>
        <translation>列出备份文件夹中的备份，最新的在前。</translation>
    </message>
    <message>
        <source>Put this backup in place of the database; the file it replaces is kept beside it. Close the window first.</source>
        <translation>用此备份替换数据库；被替换的文件保留在旁边。请先关闭窗口。</translation>
    </message>
    <message>
        <source>backup: unexpected argument &quot;%1&quot;</source>
        <translation>backup：意外的参数“%1”</translation>
    </message>
    <message>
        <source>backup: give only one of --out, --list and --restore</source>
        <translation>backup：--out、--list 和 --restore 只能给出一个</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>backup：%1</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1：已从 %2 恢复</translation>
    </message>
    <message>
        <source>%1: restored from %2; the file it replaced is %3</source>
        <translation>%1：已从 %2 恢复；被替换的文件是 %3</translation>
    </message>
    <message>
        <source>Copy the database to FILE or into its backups folder, list the backups, or restore one.</source>
        <translation>将数据库复制到 FILE 或其备份文件夹，列出备份，或恢复其中一个。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1: cannot create the backup folder</source>
        <translation>%1：无法创建备份文件夹</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name for the backup</source>
        <translation>%1：是文件夹；请给出备份的文件名</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: is the database itself; choose another file</source>
        <translation>%1：就是数据库本身；请选择其他文件</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1：备份失败：%2</translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation>%1：无法替换已有文件</translation>
    </message>
    <message>
        <source>%1: cannot write the backup</source>
        <translation>%1：无法写入备份</translation>
    </message>
    <message>
        <source>%1: the backup does not exist</source>
        <translation>%1：备份不存在</translation>
    </message>
    <message>
        <source>%1: cannot move the damaged file aside</source>
        <translation>%1：无法将损坏的文件移到一旁</translation>
    </message>
    <message>
        <source>%1: cannot copy the backup into place</source>
        <translation>%1：无法将备份复制到位</translation>
    </message>
    <message>
        <source>%1: cannot put the backup in place</source>
        <translation>%1：无法将备份放置到位</translation>
    </message>
    <message>
        <source>%1: is the database itself</source>
        <translation>%1：就是数据库本身</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>First day drawn (default: the first entry of the metrics).</source>
        <translation>绘制的第一天（默认：这些指标的第一条记录）。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day drawn (default: today).</source>
        <translation>绘制的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>One point per day, week or month (default week).</source>
        <translation>每天、每周或每月一个点（默认每周）。</translation>
    </message>
    <message>
        <source>Also draw the moving average over this many points (2 to %1).</source>
        <translation>同时绘制基于这么多个点的移动平均（2 到 %1）。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Draw every metric as a percentage of the target level&apos;s target.</source>
        <translation>将每个指标绘制为目标职级目标值的百分比。</translation>
    </message>
    <message>
        <source>Leave out the levels&apos; target lines.</source>
        <translation>不绘制各职级的目标线。</translation>
    </message>
    <message>
        <source>Leave out the trend lines.</source>
        <translation>不绘制趋势线。</translation>
    </message>
    <message>
        <source>chart: name at least one metric, &quot;composite&quot; or &quot;checkpoints&quot;</source>
        <translation>chart：请至少指定一个指标、“composite”或“checkpoints”</translation>
    </message>
    <message>
        <source>chart: --period %1: give day, week or month</source>
        <translation>chart：--period %1：请给出 day、week 或 month</translation>
    </message>
    <message>
        <source>chart: --average %1: give a number of points from 2 to %2</source>
        <translation>chart：--average %1：请给出 2 到 %2 之间的点数</translation>
    </message>
    <message>
        <source>chart: %1: no such metric in %2 (see rungs metrics)</source>
        <translation>chart：%1：%2 中没有这个指标（见 rungs metrics）</translation>
    </message>
    <message>
        <source>chart: --from %1 is after --to %2</source>
        <translation>chart：--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>chart: %1</source>
        <translation>chart：%1</translation>
    </message>
    <message>
        <source>chart: nothing to draw</source>
        <translation>chart：无可绘制内容</translation>
    </message>
    <message>
        <source>Draw metrics over time, with targets and trend, to a picture or CSV.</source>
        <translation>绘制指标随时间的变化（含目标与趋势），输出为图片或 CSV。</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the image is too large</source>
        <translation>图像过大</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf</source>
        <translation>%1：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>%1: nothing to draw at this size</source>
        <translation>%1：此尺寸下无可绘制内容</translation>
    </message>
</context>
<context>
    <name>ChartFileDialog</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables of the plotted values (*.csv)</source>
        <translation>图中数值的 CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartOutput</name>
    <message>
        <source>The file to write, ending in .png, .svg, .pdf or .csv (replaced if it exists).</source>
        <translation>要写入的文件，以 .png、.svg、.pdf 或 .csv 结尾（若已存在则替换）。</translation>
    </message>
    <message>
        <source>The file to write, ending in .png, .svg or .pdf (replaced if it exists).</source>
        <translation>要写入的文件，以 .png、.svg 或 .pdf 结尾（若已存在则替换）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Chart size in logical pixels, %1 to %2 a side (default %3x%4).</source>
        <translation>图表尺寸（逻辑像素），每边 %1 到 %2（默认 %3x%4）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>PNG resolution, %1 to %2 (default %3: two pixels per logical pixel).</source>
        <translation>PNG 分辨率，%1 到 %2（默认 %3：每个逻辑像素两个像素）。</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>.png, .svg, .pdf or .csv</source>
        <translation>.png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation>.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>%1: give --out FILE ending in %2</source>
        <translation>%1：请用 --out FILE 指定以 %2 结尾的文件</translation>
    </message>
    <message>
        <source>%1: %2: the name must end in %3</source>
        <translation>%1：%2：文件名必须以 %3 结尾</translation>
    </message>
    <message>
        <source>%1: --size %2: give WIDTHxHEIGHT, each %3 to %4, such as 1200x900</source>
        <translation>%1：--size %2：请给出 宽x高，每边 %3 到 %4，例如 1200x900</translation>
    </message>
    <message>
        <source>%1: --dpi %2: give a number from %3 to %4</source>
        <translation>%1：--dpi %2：请给出 %3 到 %4 之间的数</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Progress chart</source>
        <translation>进度图</translation>
    </message>
    <message>
        <source>Drag across days to zoom in; right-click to zoom out.
With the chart focused: + and − zoom, ← and → move, Home shows all.</source>
        <translation>在日期上拖动可放大；右键单击可缩小。
图表获得焦点时：+ 和 − 缩放，← 和 → 平移，Home 显示全部。</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Lines to draw</source>
        <translation>要绘制的曲线</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>No moving average</source>
        <translation>不使用移动平均</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个点</translation>
    </message>
    <message>
        <source>Average each point with the points before it</source>
        <translation>每个点与其之前的点取平均</translation>
    </message>
    <message>
        <source>Own axis per metric</source>
        <translation>每个指标使用独立坐标轴</translation>
    </message>
    <message>
        <source>Percent of target</source>
        <translation>目标百分比</translation>
    </message>
    <message>
        <source>Percent of target: every metric relative to the target level&apos;s target, 100 % meets it and up is always better</source>
        <translation>目标百分比：每个指标相对于目标职级的目标值，100 % 即达标，越高越好</translation>
    </message>
    <message>
        <source>Level &amp;targets</source>
        <translation>职级目标(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;rend and forecast</source>
        <translation>趋势与预测(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>截止(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>点数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Average:</source>
        <translation>平均(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>刻度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>曲线(&amp;L)：</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>The weekly composite score of all metrics, 0–100 %</source>
        <translation>所有指标的每周综合得分，0–100 %</translation>
    </message>
    <message>
        <source>%1 checkpoints done</source>
        <translation>%1 检查点完成情况</translation>
    </message>
    <message>
        <source>The share of the target level&apos;s checkpoints done, over time</source>
        <translation>目标职级检查点的完成比例随时间的变化</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database file for damage.</source>
        <translation>检查数据库文件是否损坏。</translation>
    </message>
</context>
<context>
    <name>CheckpointCommand</name>
    <message>
        <source>done, start (in progress) or reset (not started).</source>
        <translation>done、start（进行中）或 reset（未开始）。</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s id, as &apos;rungs checkpoints&apos; shows it.</source>
        <translation>检查点的 id，与 &apos;rungs checkpoints&apos; 显示的一致。</translation>
    </message>
    <message>
        <source>With done: what proves it; repeat for more. adr:N or ADR-N, entry:N, a URL, a commit or a file.</source>
        <translation>用于 done：证明材料；可重复指定多个。adr:N 或 ADR-N、entry:N、URL、提交或文件。</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>With done: there is no evidence yet; say so.</source>
        <translation>用于 done：说明暂无证据。</translation>
    </message>
    <message>
        <source>With done or start: the day, YYYY-MM-DD, today (default) or yesterday.</source>
        <translation>用于 done 或 start：日期，YYYY-MM-DD、today（默认）或 yesterday。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>With done or start: a note.</source>
        <translation>用于 done 或 start：备注。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>checkpoint: give done, start or reset and a checkpoint ID</source>
        <translation>checkpoint：请给出 done、start 或 reset 以及检查点 ID</translation>
    </message>
    <message>
        <source>checkpoint: unknown action &quot;%1&quot; (use done, start or reset)</source>
        <translation>checkpoint：未知操作“%1”（请用 done、start 或 reset）</translation>
    </message>
    <message>
        <source>checkpoint %1: --evidence and --no-evidence go with done only</source>
        <translation>checkpoint %1：--evidence 和 --no-evidence 只能与 done 一起使用</translation>
    </message>
    <message>
        <source>checkpoint reset: --date and --note go with done or start</source>
        <translation>checkpoint reset：--date 和 --note 只能与 done 或 start 一起使用</translation>
    </message>
    <message>
        <source>Mark a promotion checkpoint done (with evidence), started, or not started.</source>
        <translation>将晋升检查点标记为已完成（附证据）、进行中或未开始。</translation>
    </message>
    <message>
        <source>done|start|reset ID</source>
        <translation>done|start|reset ID</translation>
    </message>
</context>
<context>
    <name>CheckpointDetails</name>
    <message>
        <source>Checkpoint details</source>
        <translation>检查点详情</translation>
    </message>
    <message>
        <source>Select a checkpoint to see its evidence.</source>
        <translation>选择一个检查点以查看其证据。</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>能力维度：%1</translation>
    </message>
    <message>
        <source>Proven by:</source>
        <translation>证明方式：</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Your evidence:</source>
        <translation>你的证据：</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>暂无证据</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>entry %1, %2 — %3 = %4</source>
        <translation>记录 %1，%2 — %3 = %4</translation>
    </message>
    <message>
        <source>ADR %1</source>
        <translation>ADR %1</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <source>Detach this evidence from the checkpoint? The checkpoint keeps its status.</source>
        <translation>将此证据从检查点移除吗？检查点状态保持不变。</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>证据未移除</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1 does not exist on this computer.</source>
        <translation>此电脑上不存在 %1。</translation>
    </message>
    <message>
        <source>Cannot open link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>此电脑上没有可以打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>CheckpointProgress</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CheckpointTableModel</name>
    <message>
        <source>Proven by: %1</source>
        <translation>证明方式：%1</translation>
    </message>
    <message>
        <source>Done on this day</source>
        <translation>在这一天完成</translation>
    </message>
    <message>
        <source>Started on this day</source>
        <translation>在这一天开始</translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>暂无证据</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>能力维度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>你的证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Proven by</source>
        <translation>证明方式</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>CheckpointsCommand</name>
    <message>
        <source>Only the checkpoints of this level.</source>
        <translation>只显示此职级的检查点。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>--level: unknown level &quot;%1&quot; (the levels of %2 are %3)</source>
        <translation>--level：未知职级“%1”（%2 的职级有 %3）</translation>
    </message>
    <message>
        <source>List the promotion checkpoints of every level, or of one, with status.</source>
        <translation>列出每个职级（或某一职级）的晋升检查点及其状态。</translation>
    </message>
</context>
<context>
    <name>CheckpointsView</name>
    <message>
        <source>Mark &amp;Done…</source>
        <translation>标记完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation>标记进行中(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>能力维度(&amp;D)：</translation>
    </message>
    <message>
        <source>Filter checkpoints by dimension</source>
        <translation>按能力维度筛选检查点</translation>
    </message>
    <message>
        <source>Mark the checkpoint done, or add evidence to a done one</source>
        <translation>将检查点标记为完成，或为已完成的检查点添加证据</translation>
    </message>
    <message>
        <source>Back to not started; the evidence is kept</source>
        <translation>恢复为未开始；证据保留</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>全部能力维度</translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation>%1 %2 (%3/%4)</translation>
    </message>
    <message>
        <source>Checkpoints of %1</source>
        <translation>%1 的检查点</translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>添加证据(&amp;E)…</translation>
    </message>
    <message>
        <source>Checkpoint not changed</source>
        <translation>检查点未更改</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1: there is no database here</source>
        <translation>%1：此处没有数据库</translation>
    </message>
    <message>
        <source>(see &apos;rungs --help&apos;)</source>
        <translation>（见 &apos;rungs --help&apos;）</translation>
    </message>
    <message>
        <source>(see &apos;rungs %1 --help&apos;)</source>
        <translation>（见 &apos;rungs %1 --help&apos;）</translation>
    </message>
    <message>
        <source>the daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file to use instead of the default (also settable with RUNGS_DB).</source>
        <translation>代替默认数据库使用的数据库文件（也可通过 RUNGS_DB 设置）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Usage: rungs [--db FILE] [COMMAND [OPTIONS] [ARGUMENTS]]</source>
        <translation>用法：rungs [--db FILE] [COMMAND [OPTIONS] [ARGUMENTS]]</translation>
    </message>
    <message>
        <source>Rungs keeps your calibration metrics, decision records and promotion checkpoints in one private SQLite file. Without a command it opens its window.</source>
        <translation>Rungs 将你的校准指标、架构决策记录和晋升检查点保存在一个私密的 SQLite 文件中。不带命令运行时会打开窗口。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Show this help; &apos;rungs COMMAND --help&apos; shows a command&apos;s.</source>
        <translation>显示此帮助；&apos;rungs COMMAND --help&apos; 显示某个命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 usage error, 3 invalid input (nothing written), 4 database problem.</source>
        <translation>退出状态：0 成功，2 用法错误，3 输入无效（未写入任何内容），4 数据库问题。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: rungs %1 [options] %2</source>
        <translation>用法：rungs %1 [options] %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
</context>
<context>
    <name>CompositePanel</name>
    <message>
        <source>&amp;Weights…</source>
        <translation>权重(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose how much each metric counts in the composite score</source>
        <translation>选择每个指标在综合得分中的占比</translation>
    </message>
    <message>
        <source>Composite score per week</source>
        <translation>每周综合得分</translation>
    </message>
    <message>
        <source>Log entries for at least two weeks to see a composite score</source>
        <translation>至少记录两周的数据才能看到综合得分</translation>
    </message>
    <message>
        <source>Your entries so far fall in one week, starting %1, and the score compares weeks with each other.</source>
        <translation>你目前的记录都在同一周（从 %1 开始），而综合得分是在周与周之间比较的。</translation>
    </message>
    <message>
        <source>Composite score this week: %1 %</source>
        <translation>本周综合得分：%1 %</translation>
    </message>
    <message numerus="yes">
        <source>+%n points since last week</source>
        <translation>
            <numerusform>比上周 +%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n points since last week</source>
        <translation>
            <numerusform>比上周 −%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since last week</source>
        <translation>与上周持平</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>Weights in use: %1</source>
        <translation>当前权重：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>Largest weights: %1 and %n more</source>
        <translation>
            <numerusform>权重最大的几项：%1，另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositeScore</name>
    <message>
        <source>The entropy share is not a number; the default %1 is used.</source>
        <translation>熵权占比不是数字；使用默认值 %1。</translation>
    </message>
    <message>
        <source>The entropy share must lie between 0 and 1; %1 is used instead.</source>
        <translation>熵权占比必须在 0 到 1 之间；改用 %1。</translation>
    </message>
    <message>
        <source>There are no periods to score.</source>
        <translation>没有可评分的周期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: values that are not finite numbers were ignored (%2 of %3 periods).</source>
        <translation>“%1”：忽略了非有限数值（%3 个周期中有 %2 个）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values, so it is left out.</source>
        <translation>“%1”没有数值，因此不计入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value in only one of %2 periods, so it is left out: one value cannot be compared with anything.</source>
        <translation>“%1”在 %2 个周期中只有一个有数值，因此不计入：单个数值无法与任何值比较。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no value in %2 of %3 periods; those count at the worst value observed, %4.</source>
        <translation>“%1”：%3 个周期中有 %2 个没有数值，这些周期按观测到的最差值 %4 计算。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the same value in every period, so it carries no information and gets no entropy weight.</source>
        <translation>“%1”在每个周期的数值都相同，不携带任何信息，因此熵权为 0。</translation>
    </message>
    <message>
        <source>No indicator has enough values to score, so every score is 0.</source>
        <translation>没有任何指标有足够的数值可供评分，因此所有得分均为 0。</translation>
    </message>
    <message>
        <source>With a single period the entropy weights are undefined, so the expert weights are used alone.</source>
        <translation>只有一个周期时熵权无定义，因此只使用专家权重。</translation>
    </message>
    <message>
        <source>No indicator varies across the periods, so the entropy weights carry no information and the expert weights are used alone.</source>
        <translation>没有任何指标在各周期间有波动，熵权不携带信息，因此只使用专家权重。</translation>
    </message>
    <message>
        <source>Expert weights that are negative or not numbers count as 0.</source>
        <translation>为负数或非数字的专家权重按 0 计算。</translation>
    </message>
    <message>
        <source>The expert weights of the indicators used are all 0, so they count equally.</source>
        <translation>所用指标的专家权重全部为 0，因此按等权计算。</translation>
    </message>
    <message>
        <source>No expert weights were given, so the indicators count equally in the expert share.</source>
        <translation>未给出专家权重，因此在专家权重部分各指标等权计算。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quote inside an unquoted field</source>
        <translation>未加引号的字段中出现引号</translation>
    </message>
    <message>
        <source>quoted field never closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>闭合引号后还有文本</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Nothing logged today yet</source>
        <translation>今天还没有记录</translation>
    </message>
    <message>
        <source>Your ladder</source>
        <translation>你的职级阶梯</translation>
    </message>
    <message>
        <source>Daily habit</source>
        <translation>每日习惯</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Your scores and expected scores by dimension</source>
        <translation>各能力维度的自评得分与期望得分</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>自评(&amp;A)…</translation>
    </message>
    <message>
        <source>Give yourself a score on a dimension</source>
        <translation>为某个能力维度给自己打分</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Now: &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;Aiming for: &lt;b&gt;%4&lt;/b&gt; %5&lt;br&gt;&lt;i&gt;%6&lt;/i&gt;&lt;br&gt;Target date: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;当前：&lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;目标：&lt;b&gt;%4&lt;/b&gt; %5&lt;br&gt;&lt;i&gt;%6&lt;/i&gt;&lt;br&gt;目标日期：%7</translation>
    </message>
    <message>
        <source>Your score per dimension (0–5) compared with what %1 and %2 expect</source>
        <translation>各能力维度的得分（0–5）与 %1 和 %2 期望值的对比</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: readiness &lt;b&gt;%5&amp;nbsp;%&lt;/b&gt; · %3 of %4 checkpoints done</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2：就绪度 &lt;b&gt;%5&amp;nbsp;%&lt;/b&gt; · 已完成 %3/%4 个检查点</translation>
    </message>
    <message>
        <source>%1: expects %2, you %3</source>
        <translation>%1：期望 %2，你 %3</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未自评</translation>
    </message>
    <message>
        <source>%1: target %2%3, now %4</source>
        <translation>%1：目标 %2%3，当前 %4</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Largest gaps to %1</source>
        <translation>与 %1 差距最大的能力维度</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Every checkpoint of %1 is done.</source>
        <translation>%1 的检查点已全部完成。</translation>
    </message>
    <message>
        <source>Next checkpoints for %1</source>
        <translation>%1 的下一批检查点</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days in a row</source>
        <translation>
            <numerusform>连续打卡：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>你的现状</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1：是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes), so it is not a Rungs database</source>
        <translation>%1：文件为空（0 字节），不是 Rungs 数据库</translation>
    </message>
    <message>
        <source>%1: not a SQLite database (the file does not start with the SQLite header)</source>
        <translation>%1：不是 SQLite 数据库（文件开头没有 SQLite 文件头）</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: this SQLite database belongs to another program, not Rungs</source>
        <translation>%1：此 SQLite 数据库属于其他程序，不是 Rungs 的</translation>
    </message>
    <message>
        <source>%1: written by a newer Rungs (schema %2; this version reads up to %3). Update Rungs to open it.</source>
        <translation>%1：由较新版本的 Rungs 写入（架构 %2；此版本最高只能读取 %3）。请更新 Rungs 后再打开。</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to WAL mode</source>
        <translation>%1：无法将数据库切换到 WAL 模式</translation>
    </message>
    <message>
        <source>%1: not migrated, because the backup before migrating failed: %2</source>
        <translation>%1：未迁移，因为迁移前的备份失败：%2</translation>
    </message>
    <message>
        <source>%1: migration to schema %2 (%3) failed and was undone: %4</source>
        <translation>%1：迁移到架构 %2（%3）失败，已回滚：%4</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a SQLite database</source>
        <translation>%1：不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1：数据库已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: the database is busy: another program (the Rungs window or a command) kept it locked for %2 seconds; nothing was written, try again</source>
        <translation>%1：数据库正忙：另一个程序（Rungs 窗口或某条命令）已将其锁定 %2 秒；未写入任何内容，请重试</translation>
    </message>
    <message>
        <source>%1: the file is cut short (%2 bytes of the %3 its header names); restore a backup</source>
        <translation>%1：文件不完整（只有 %2 字节，文件头记录的是 %3 字节）；请恢复备份</translation>
    </message>
    <message>
        <source>%1: damaged, not a readable SQLite database (%2)</source>
        <translation>%1：已损坏，不是可读的 SQLite 数据库（%2）</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 第 %2 行引用了不存在的 %3 行</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>Integrity: ok, every page and index is consistent.</source>
        <translation>完整性：正常，所有页和索引均一致。</translation>
    </message>
    <message>
        <source>Integrity: problems found (%1):</source>
        <translation>完整性：发现问题（%1）：</translation>
    </message>
    <message>
        <source>References: ok, every reference points at an existing row.</source>
        <translation>引用：正常，所有引用都指向已存在的行。</translation>
    </message>
    <message>
        <source>References: broken references found (%1):</source>
        <translation>引用：发现失效引用（%1）：</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>The database has problems. Keep this file as it is and restore the newest backup from the backups folder beside it.</source>
        <translation>数据库有问题。请保持此文件原样，并从旁边的 backups 文件夹中恢复最新的备份。</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Rungs cannot open its database</source>
        <translation>Rungs 无法打开数据库</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>未找到此数据库的备份。</translation>
    </message>
    <message>
        <source>The newest backup is %1, from %2. Restoring it keeps the current file beside it, renamed, so nothing is deleted.</source>
        <translation>最新的备份是 %1，时间为 %2。恢复时会将当前文件重命名后保留在旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new database file to write; an existing file is never replaced.</source>
        <translation>要写入的新数据库文件；不会替换已有文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How many years of data, ending today: %1 to %2 (default %3).</source>
        <translation>截至今天的数据年数：%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random data; the same seed gives the same data (default %1).</source>
        <translation>随机数据的种子；相同的种子生成相同的数据（默认 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Built-in framework to use (default %1).</source>
        <translation>要使用的内置框架（默认 %1）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>demo: unexpected argument &quot;%1&quot;</source>
        <translation>demo：多余的参数“%1”</translation>
    </message>
    <message>
        <source>demo: give --out FILE, the new database to write</source>
        <translation>demo：请用 --out FILE 指定要写入的新数据库</translation>
    </message>
    <message>
        <source>demo: --years %1: give a whole number of years from %2 to %3</source>
        <translation>demo：--years %1：请给出 %2 到 %3 之间的整数年数</translation>
    </message>
    <message>
        <source>demo: --seed %1: give a whole number from 0 to %2</source>
        <translation>demo：--seed %1：请给出 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4; entries %5, self-assessments %6, checkpoints done %7, evidence %8, ADRs %9</source>
        <translation>%1：%2 %3 → %4；记录 %5 条，自评 %6 次，已完成检查点 %7 个，证据 %8 项，ADR %9 条</translation>
    </message>
    <message>
        <source>Write a new database with years of realistic demo data.</source>
        <translation>写入一个包含多年真实感演示数据的新数据库。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>%1: the database already holds data; demo data goes into a new file</source>
        <translation>%1：数据库中已有数据；演示数据需写入新文件</translation>
    </message>
    <message>
        <source>years: %1 is outside %2 to %3</source>
        <translation>年数：%1 不在 %2 到 %3 之间</translation>
    </message>
</context>
<context>
    <name>DemoFile</name>
    <message>
        <source>%1: the write-ahead log was not folded into the file</source>
        <translation>%1：预写日志未合并到文件中</translation>
    </message>
    <message>
        <source>%1 already exists; give the name of a new file</source>
        <translation>%1 已存在；请给出一个新文件名</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法将 %1 移动到 %2</translation>
    </message>
</context>
<context>
    <name>DimensionTableModel</name>
    <message>
        <source>Dimension</source>
        <translation>能力维度</translation>
    </message>
</context>
<context>
    <name>DimensionsCommand</name>
    <message>
        <source>List the competency dimensions with each level&apos;s expected score.</source>
        <translation>列出各能力维度及每个职级的期望得分。</translation>
    </message>
</context>
<context>
    <name>EntriesCommand</name>
    <message>
        <source>Only this metric (key or name).</source>
        <translation>只显示此指标（键名或名称）。</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Only entries on or after this day.</source>
        <translation>只显示此日期当天及之后的记录。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only entries on or before this day.</source>
        <translation>只显示此日期当天及之前的记录。</translation>
    </message>
    <message>
        <source>List logged entries, oldest first.</source>
        <translation>列出已记录的数据，按时间从早到晚。</translation>
    </message>
</context>
<context>
    <name>EntryCsv</name>
    <message>
        <source>%1:1: header: missing, the file is empty (expected %2)</source>
        <translation>%1:1：表头：缺失，文件为空（应为 %2）</translation>
    </message>
    <message>
        <source>%1: unknown column &apos;%2&apos; (expected %3)</source>
        <translation>%1：未知列“%2”（应为 %3）</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice</source>
        <translation>%1：列“%2”出现了两次</translation>
    </message>
    <message>
        <source>%1:%2: header: missing column &apos;%3&apos;</source>
        <translation>%1:%2：表头：缺少列“%3”</translation>
    </message>
    <message>
        <source>%1: row: %2 fields where the header has %3</source>
        <translation>%1：行：有 %2 个字段，而表头有 %3 个</translation>
    </message>
</context>
<context>
    <name>EntryFile</name>
    <message>
        <source>%1: the name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>EntryFileActions</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>未导入任何内容。

%1</translation>
    </message>
    <message>
        <source>Nothing imported from %1</source>
        <translation>未从 %1 导入任何内容</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import Entries</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>导入已取消，未导入任何内容</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries</source>
        <translation>
            <numerusform>已导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n already present</source>
        <translation>
            <numerusform>跳过 %n 条已存在的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>%1: the name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
</context>
<context>
    <name>EntryHistory</name>
    <message>
        <source>Log %1 = %2</source>
        <translation>记录 %1 = %2</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>entry %1 no longer exists</source>
        <translation>记录 %1 已不存在</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>entry %1 does not exist</source>
        <translation>记录 %1 不存在</translation>
    </message>
    <message>
        <source>cannot back up the database before importing: %1</source>
        <translation>导入前无法备份数据库：%1</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>%1 is not a metric of the active framework</source>
        <translation>%1 不是当前框架中的指标</translation>
    </message>
    <message>
        <source>%1 % of the %2 target (%3)</source>
        <translation>达到 %2 目标（%3）的 %1 %</translation>
    </message>
    <message>
        <source>within the %1 limit of %2</source>
        <translation>在 %1 上限 %2 以内</translation>
    </message>
    <message>
        <source>%1 over the %2 limit of %3</source>
        <translation>超出 %2 上限 %3 达 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 目标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>evidence: checkpoint %1 already has evidence</source>
        <translation>证据：检查点 %1 已有证据</translation>
    </message>
    <message>
        <source>evidence: no checkpoint given</source>
        <translation>证据：未指定检查点</translation>
    </message>
    <message>
        <source>evidence: evidence %1 does not exist</source>
        <translation>证据：证据 %1 不存在</translation>
    </message>
    <message>
        <source>evidence: ADR %1 does not exist</source>
        <translation>证据：ADR %1 不存在</translation>
    </message>
    <message>
        <source>evidence: entry %1 does not exist</source>
        <translation>证据：记录 %1 不存在</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（若已存在则替换）。</translation>
    </message>
    <message>
        <source>export: give one file ending in .csv or .json</source>
        <translation>export：请给出一个以 .csv 或 .json 结尾的文件</translation>
    </message>
    <message>
        <source>export: %1: the name must end in .csv or .json</source>
        <translation>export：%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n entries</source>
        <translation>
            <numerusform>%1：导出 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all entries to a CSV or JSON file.</source>
        <translation>将所有记录导出为 CSV 或 JSON 文件。</translation>
    </message>
    <message>
        <source>FILE.csv|FILE.json</source>
        <translation>FILE.csv|FILE.json</translation>
    </message>
</context>
<context>
    <name>FolderWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件只读</translation>
    </message>
</context>
<context>
    <name>FrameworkCommand</name>
    <message>
        <source>list, import or use</source>
        <translation>list、import 或 use</translation>
    </message>
    <message>
        <source>framework: say list, import FILE.json or use KEY</source>
        <translation>framework：请指定 list、import FILE.json 或 use KEY</translation>
    </message>
    <message>
        <source>framework %1: wrong number of arguments</source>
        <translation>framework %1：参数个数不对</translation>
    </message>
    <message>
        <source>framework: unknown action &quot;%1&quot; (list, import or use)</source>
        <translation>framework：未知操作“%1”（可用 list、import 或 use）</translation>
    </message>
    <message>
        <source>Imported framework %1 (%2): %3 levels, %4 dimensions, %5 checkpoints, %6 metrics.</source>
        <translation>已导入框架 %1（%2）：%3 个职级，%4 个能力维度，%5 个检查点，%6 个指标。</translation>
    </message>
    <message>
        <source>Now using %1: current level %2, target level %3.</source>
        <translation>现在使用 %1：当前职级 %2，目标职级 %3。</translation>
    </message>
    <message>
        <source>List frameworks, import one from JSON, or switch to another.</source>
        <translation>列出框架、从 JSON 导入框架，或切换到其他框架。</translation>
    </message>
</context>
<context>
    <name>FrameworkOption</name>
    <message>
        <source>Framework to list instead of the active one.</source>
        <translation>要列出的框架（代替当前框架）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键名</translation>
    </message>
</context>
<context>
    <name>FrameworkReader</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must have %1 to %2 items, has %3</source>
        <translation>必须有 %1 到 %2 项，实际有 %3 项</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>%1 is not a valid key (use a-z, 0-9, - and _; at most 64)</source>
        <translation>%1 不是有效的键（请使用 a-z、0-9、- 和 _；最多 64 个字符）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a string or an object with &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>必须是字符串，或包含 &quot;en&quot; 和 &quot;zh_CN&quot; 的对象</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be &quot;rungs-framework&quot;, not %1</source>
        <translation>必须是 &quot;rungs-framework&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Rungs reads version %2)</source>
        <translation>不支持版本 %1（此版本的 Rungs 读取版本 %2）</translation>
    </message>
    <message>
        <source>%1 is not a valid level code (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;; at most 16)</source>
        <translation>%1 不是有效的职级代码（字母、数字、“.”、“-”、“_”；最多 16 个字符）</translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation>%1 被使用了两次</translation>
    </message>
    <message>
        <source>%1 is already used as %2 (codes ignore case)</source>
        <translation>%1 已作为 %2 使用（代码不区分大小写）</translation>
    </message>
    <message>
        <source>must be between 0 and 5</source>
        <translation>必须在 0 到 5 之间</translation>
    </message>
    <message>
        <source>must be a whole or half point</source>
        <translation>必须是整数或半分</translation>
    </message>
    <message>
        <source>must be &quot;higher&quot; or &quot;lower&quot;, not %1</source>
        <translation>必须是 &quot;higher&quot; 或 &quot;lower&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>must be &quot;sum&quot;, &quot;mean&quot;, &quot;last&quot; or &quot;max&quot;, not %1</source>
        <translation>必须是 &quot;sum&quot;、&quot;mean&quot;、&quot;last&quot; 或 &quot;max&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation>必须大于 min（%1）</translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2..%3</source>
        <translation>%1 超出有效范围 %2..%3</translation>
    </message>
    <message>
        <source>%1 is easier than the %2 target (%3)</source>
        <translation>%1 比 %2 的目标（%3）更容易达到</translation>
    </message>
    <message>
        <source>unknown level (levels are %1)</source>
        <translation>未知职级（职级有 %1）</translation>
    </message>
    <message>
        <source>unknown dimension %1</source>
        <translation>未知能力维度 %1</translation>
    </message>
    <message>
        <source>%1: the framework must be a JSON object</source>
        <translation>%1：框架必须是 JSON 对象</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>FrameworkStore</name>
    <message>
        <source>unknown framework &quot;%1&quot;</source>
        <translation>未知框架“%1”</translation>
    </message>
    <message>
        <source>%1: key: &quot;%2&quot; belongs to a built-in framework; give yours its own key</source>
        <translation>%1：key：“%2”属于内置框架；请为你的框架使用自己的键名</translation>
    </message>
    <message>
        <source>%1: revision: %2 is older than the installed revision %3</source>
        <translation>%1：revision：%2 比已安装的版本 %3 更旧</translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <source>Active &amp;framework:</source>
        <translation>当前框架(&amp;F)：</translation>
    </message>
    <message>
        <source>Active framework</source>
        <translation>当前框架</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a framework from a JSON file</source>
        <translation>从 JSON 文件导入框架</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>职级(&amp;L)</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>能力维度</translation>
    </message>
    <message>
        <source>&amp;Dimensions</source>
        <translation>能力维度(&amp;D)</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>检查点(&amp;C)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checkpoints: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <source>Framework not changed</source>
        <translation>框架未更改</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>现在使用 %1。</translation>
    </message>
    <message>
        <source>Import Framework</source>
        <translation>导入框架</translation>
    </message>
    <message>
        <source>Framework files (*.json);;All files (*)</source>
        <translation>框架文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Framework not imported</source>
        <translation>框架未导入</translation>
    </message>
    <message>
        <source>Nothing was imported, because the file has a problem:

%1</source>
        <translation>文件有问题，未导入任何内容：

%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>框架已导入</translation>
    </message>
    <message>
        <source>%1 was imported. Use it now?</source>
        <translation>已导入 %1。现在使用它吗？</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>职级</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>rungs: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
Run a command instead, e.g. &apos;rungs checkpoints&apos;, or see &apos;rungs --help&apos;.
</source>
        <translation>rungs：没有显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口。
请改为运行命令，例如 &apos;rungs checkpoints&apos;，或查看 &apos;rungs --help&apos;。
</translation>
    </message>
    <message>
        <source>Rungs</source>
        <translation>Rungs</translation>
    </message>
    <message>
        <source>No Demo Data</source>
        <translation>无法生成演示数据</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <source>Another program replaced the database file; opened the new one</source>
        <translation>另一个程序替换了数据库文件；已打开新的文件</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The CSV file to read.</source>
        <translation>要读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>import: give one CSV file</source>
        <translation>import：请给出一个 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n entries</source>
        <translation>
            <numerusform>%1：导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already present</source>
        <translation>
            <numerusform>，跳过 %n 条已存在的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Import entries from a CSV file (date,metric,value,note,evidence).</source>
        <translation>从 CSV 文件导入记录（date,metric,value,note,evidence）。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD, today or yesterday)</source>
        <translation>%1 不是日期（请用 YYYY-MM-DD、today 或 yesterday）</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 不是日历上的日期</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 早于 %2</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 在未来</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is too close to zero</source>
        <translation>%1 太接近零</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 太大</translation>
    </message>
    <message>
        <source>must be one line (a URL, commit or path)</source>
        <translation>必须是单行（URL、提交或路径）</translation>
    </message>
    <message>
        <source>unknown metric %1 in framework %2 (see &apos;rungs metrics&apos;)</source>
        <translation>框架 %2 中没有指标 %1（见 &apos;rungs metrics&apos;）</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3 for %4</source>
        <translation>%1 超出 %4 的范围 %2 到 %3</translation>
    </message>
    <message>
        <source>unknown dimension %1 in framework %2 (see &apos;rungs dimensions&apos;)</source>
        <translation>框架 %2 中没有能力维度 %1（见 &apos;rungs dimensions&apos;）</translation>
    </message>
    <message>
        <source>%1 is not one of 0, 0.5, 1 … 5</source>
        <translation>%1 不是 0、0.5、1 … 5 之一</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2 for %3</source>
        <translation>%1 超出 %3 的范围 0 到 %2</translation>
    </message>
    <message>
        <source>%1 is outside 0 to 1</source>
        <translation>%1 超出 0 到 1 的范围</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>必须是单行</translation>
    </message>
    <message>
        <source>%1 characters is longer than the %2 allowed</source>
        <translation>%1 个字符，超过允许的 %2 个</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 是负数</translation>
    </message>
    <message>
        <source>year %1 is outside 1 to 9999</source>
        <translation>年份 %1 不在 1 到 9999 之间</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>unknown status %1 (use proposed, accepted, rejected, deprecated or superseded)</source>
        <translation>未知状态 %1（请用 proposed、accepted、rejected、deprecated 或 superseded）</translation>
    </message>
    <message>
        <source>unknown checkpoint %1 in framework %2</source>
        <translation>框架 %2 中没有检查点 %1</translation>
    </message>
    <message>
        <source>give at least one piece of evidence, or say there is none yet</source>
        <translation>请至少给出一项证据，或说明暂无证据</translation>
    </message>
    <message>
        <source>give evidence or say there is none, not both</source>
        <translation>请给出证据或说明暂无证据，不能两者都给</translation>
    </message>
    <message>
        <source>%1 is not an ADR (write adr:N or ADR-N with the ADR&apos;s id)</source>
        <translation>%1 不是 ADR（请写 adr:N 或 ADR-N，N 为 ADR 的 id）</translation>
    </message>
    <message>
        <source>%1 is not an entry (write entry:N with the entry&apos;s id)</source>
        <translation>%1 不是记录（请写 entry:N，N 为记录的 id）</translation>
    </message>
    <message>
        <source>%1 bytes are more than the %2 allowed</source>
        <translation>%1 字节，超过了允许的 %2 字节</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>Metric key or name.</source>
        <translation>指标的键名或名称。</translation>
    </message>
    <message>
        <source>The figure, e.g. 3 or 2.5.</source>
        <translation>数值，例如 3 或 2.5。</translation>
    </message>
    <message>
        <source>Day of the entry: YYYY-MM-DD, today (default) or yesterday.</source>
        <translation>记录日期：YYYY-MM-DD、today（默认）或 yesterday。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A note on the entry.</source>
        <translation>记录的备注。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>A URL, commit or file that proves it.</source>
        <translation>可作为证明的 URL、提交或文件。</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>log: give a METRIC and a VALUE</source>
        <translation>log：请给出 METRIC 和 VALUE</translation>
    </message>
    <message>
        <source>Log a value of a calibration metric.</source>
        <translation>记录一个校准指标的数值。</translation>
    </message>
    <message>
        <source>METRIC VALUE</source>
        <translation>METRIC VALUE</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a figure (Ctrl+L)</source>
        <translation>记录一个数值 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>指标筛选</translation>
    </message>
    <message>
        <source>Search notes, evidence and metrics</source>
        <translation>搜索备注、证据和指标</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文本筛选</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>%1 (not in this framework)</source>
        <translation>%1（不在此框架中）</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n days in a row</source>
        <translation>
            <numerusform>连续打卡：%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <translation>
            <numerusform>显示 %1 / %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>已删除 %n 条记录（Ctrl+Z 撤销）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rungs</source>
        <translation>Rungs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>ADRs</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Entry %1 no longer exists</source>
        <translation>记录 %1 已不存在</translation>
    </message>
    <message>
        <source>ADR %1 no longer exists</source>
        <translation>ADR %1 已不存在</translation>
    </message>
    <message>
        <source>Could not change entries</source>
        <translation>无法更改记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;Entries…</source>
        <translation>导入记录(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation>导出记录(&amp;X)…</translation>
    </message>
    <message>
        <source>Import &amp;ADR Folder…</source>
        <translation>导入 ADR 文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Export ADR F&amp;older…</source>
        <translation>导出 ADR 文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Radar…</source>
        <translation>导出雷达图(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Promotion &amp;Packet…</source>
        <translation>导出晋升材料包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Framework…</source>
        <translation>导入框架(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log a Figure…</source>
        <translation>记录一个数值(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rungs</source>
        <translation>关于 Rungs(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Logged %1 = %2 for %3</source>
        <translation>已为 %3 记录 %1 = %2</translation>
    </message>
    <message>
        <source>&amp;Show Rungs</source>
        <translation>显示 Rungs(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing is logged for today yet. Press Ctrl+L to log a figure.</source>
        <translation>今天还没有任何记录。按 Ctrl+L 记录一个数值。</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>About Rungs</source>
        <translation>关于 Rungs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rungs %1&lt;/h3&gt;&lt;p&gt;Plan and prove a promotion along an engineering career ladder: daily calibration metrics, decision records, checkpoints and progress, kept privately in one file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rungs %1&lt;/h3&gt;&lt;p&gt;沿工程师职级阶梯规划并证明你的晋升：每日校准指标、架构决策记录、检查点与进度，全部私密保存在本机的一个文件中。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rungs keeps running in the tray to remind you to log. Quit from the tray menu to end it.</source>
        <translation>Rungs 会继续在系统托盘中运行，提醒你记录。要退出，请使用托盘菜单。</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation>个人档案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Rungs — Demo Data</source>
        <translation>Rungs — 演示数据</translation>
    </message>
    <message>
        <source>Demo data of an imagined engineer; your own database is untouched.</source>
        <translation>这是一位虚构工程师的演示数据；你自己的数据库不受影响。</translation>
    </message>
    <message>
        <source>Back to &amp;My Data</source>
        <translation>回到我的数据(&amp;M)</translation>
    </message>
    <message>
        <source>Close the demo and open your own database</source>
        <translation>关闭演示，打开你自己的数据库</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Not a Backup</source>
        <translation>不是备份</translation>
    </message>
    <message>
        <source>Put %1 in place of the database? What was written since that backup is replaced; the current file is kept beside the database with &quot;.before-restore-&quot; and the time in its name.</source>
        <translation>用 %1 替换数据库吗？该备份之后写入的内容将被替换；当前文件会保留在数据库旁边，文件名带有“.before-restore-”和时间。</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>恢复备份(&amp;T)…</translation>
    </message>
    <message>
        <source>Database File Gone</source>
        <translation>数据库文件不见了</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while Rungs had it open. The window still shows and saves what it holds, but only until Rungs closes: use File ▸ Back Up Database… to keep it, or put the file back.</source>
        <translation>Rungs 打开 %1 期间，该文件被移动或删除了。窗口仍会显示并保存其中的内容，但只到 Rungs 关闭为止：请用“文件 ▸ 备份数据库…”保留它，或把文件放回原处。</translation>
    </message>
    <message>
        <source>The window changes language when Rungs starts again.</source>
        <translation>窗口语言将在 Rungs 下次启动时切换。</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>&amp;No evidence yet</source>
        <translation>暂无证据(&amp;N)</translation>
    </message>
    <message>
        <source>Mark Checkpoint Done</source>
        <translation>标记检查点为完成</translation>
    </message>
    <message>
        <source>What proves it: %1</source>
        <translation>证明方式：%1</translation>
    </message>
    <message>
        <source>One per line: a URL, a commit, a file path, adr:N or entry:N</source>
        <translation>每行一项：URL、提交、文件路径、adr:N 或 entry:N</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message numerus="yes">
        <source>Already attached: %n pieces of evidence.</source>
        <translation>
            <numerusform>已附加 %n 项证据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a decision record</source>
        <translation>添加架构决策记录</translation>
    </message>
    <message>
        <source>Type a number or title to add an ADR</source>
        <translation>输入编号或标题以添加 ADR</translation>
    </message>
    <message>
        <source>ADR-%1</source>
        <translation>ADR-%1</translation>
    </message>
    <message>
        <source>ADR id:%1</source>
        <translation>ADR id:%1</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter 保存</translation>
    </message>
</context>
<context>
    <name>MetricTableModel</name>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Combines by</source>
        <translation>合并方式</translation>
    </message>
    <message>
        <source>Valid range</source>
        <translation>有效范围</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>%1 目标</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>List the metrics you can log, with targets.</source>
        <translation>列出可记录的指标及其目标。</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>输出格式：table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>table|csv|json</source>
        <translation>table|csv|json</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>输出格式：table（默认）或 json。</translation>
    </message>
    <message>
        <source>table|json</source>
        <translation>table|json</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (use table, csv or json)</source>
        <translation>--format：未知格式“%1”（请用 table、csv 或 json）</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (use table or json)</source>
        <translation>--format：未知格式“%1”（请用 table 或 json）</translation>
    </message>
</context>
<context>
    <name>PacketFileActions</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The promotion packet was not written.

%1</source>
        <translation>未写入晋升材料包。

%1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Promotion Packet</source>
        <translation>导出晋升材料包</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消，未写入任何内容</translation>
    </message>
    <message>
        <source>Wrote the promotion packet to %1</source>
        <translation>已将晋升材料包写入 %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown with images (*.md)</source>
        <translation>含图片的 Markdown (*.md)</translation>
    </message>
    <message>
        <source>promotion-packet-%1.pdf</source>
        <translation>promotion-packet-%1.pdf</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf or .md</source>
        <translation>%1：文件名必须以 .pdf 或 .md 结尾</translation>
    </message>
</context>
<context>
    <name>PacketOutline</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提议中</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Promotion packet</source>
        <translation>晋升材料包</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Career framework</source>
        <translation>职级框架</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>当前职级</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目标职级</translation>
    </message>
    <message>
        <source>%1, aimed for by %2</source>
        <translation>%1，计划于 %2 前达成</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Readiness for %1</source>
        <translation>%1 就绪度</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 checkpoints done)</source>
        <translation>%1（已完成 %2/%3 个检查点）</translation>
    </message>
    <message>
        <source>Logged in the period</source>
        <translation>周期内的记录</translation>
    </message>
    <message>
        <source>%1 figures on %2 days</source>
        <translation>%2 天内共 %1 个数值</translation>
    </message>
    <message>
        <source>Checkpoints done in the period</source>
        <translation>周期内完成的检查点</translation>
    </message>
    <message>
        <source>Decisions accepted in the period</source>
        <translation>周期内接受的架构决策</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>生成于</translation>
    </message>
    <message>
        <source>%1 with Rungs</source>
        <translation>%1，由 Rungs 生成</translation>
    </message>
    <message>
        <source>What %1 means: %2</source>
        <translation>%1 的含义：%2</translation>
    </message>
    <message>
        <source>1 Readiness and competencies</source>
        <translation>1 就绪度与能力</translation>
    </message>
    <message>
        <source>Readiness for a level is the mean of two shares: its checkpoints done, and how far the latest self-assessment reaches what the level expects in each competency.</source>
        <translation>某一职级的就绪度是两个比例的平均值：该职级检查点的完成比例，以及最近一次自评在各能力维度上达到该职级期望的程度。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪度</translation>
    </message>
    <message>
        <source>Checkpoints done</source>
        <translation>已完成检查点</translation>
    </message>
    <message>
        <source>Competencies met</source>
        <translation>达标能力维度</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Competency radar</source>
        <translation>能力雷达图</translation>
    </message>
    <message>
        <source>Filled: the self-assessment as of %1. Solid line: what %2 expects. Dashed: what %3 expects, and the self-assessment as of %4.</source>
        <translation>填充区域：截至 %1 的自评。实线：%2 的期望。虚线：%3 的期望，以及截至 %4 的自评。</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力维度</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation>%1 期望</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未自评</translation>
    </message>
    <message>
        <source>Metrics behind the %1 targets</source>
        <translation>未达 %1 目标的指标</translation>
    </message>
    <message numerus="yes">
        <source>Every metric with a %1 target meets it over the last %n days.</source>
        <translation>
            <numerusform>过去 %n 天内，所有设有 %1 目标的指标均已达标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 目标</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind by</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>2 Checkpoints</source>
        <translation>2 检查点</translation>
    </message>
    <message>
        <source>What the framework asks of each level, where each checkpoint stands on %1, and the evidence attached to it.</source>
        <translation>框架对各职级的要求、各检查点截至 %1 的状态，以及所附的证据。</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 done</source>
        <translation>%1 %2：已完成 %3/%4</translation>
    </message>
    <message>
        <source>The framework sets no checkpoints here.</source>
        <translation>框架在此未设置检查点。</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>记录天数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>3 Progress over the period</source>
        <translation>3 周期内的进展</translation>
    </message>
    <message>
        <source>The composite score weighs every logged metric by how much it varies and by the weights chosen in Rungs; beside it, the share of %1 checkpoints done.</source>
        <translation>综合得分按各指标的波动程度和在 Rungs 中设置的权重对所有已记录指标加权；旁边是 %1 检查点的完成比例。</translation>
    </message>
    <message>
        <source>Composite score and %1 checkpoints done</source>
        <translation>综合得分与 %1 检查点完成情况</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>No metric was logged on two or more days of the period.</source>
        <translation>周期内没有任何指标在两天或以上有记录。</translation>
    </message>
    <message>
        <source>The metrics furthest behind the %1 targets come first, then those that meet them. Each chart shows the figures of the period with their moving average and trend; dashed lines are the levels&apos; targets, and the shaded side meets %1.</source>
        <translation>距 %1 目标最远的指标排在前面，其后是已达标的指标。每张图显示周期内的数值及其移动平均和趋势；虚线为各职级的目标，阴影一侧表示达到 %1。</translation>
    </message>
    <message>
        <source>%1 has no %2 target.</source>
        <translation>%1 没有 %2 目标。</translation>
    </message>
    <message>
        <source>4 Decision records</source>
        <translation>4 架构决策记录</translation>
    </message>
    <message>
        <source>No decision was accepted between %1 and %2.</source>
        <translation>%1 至 %2 之间没有被接受的决策。</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions of the period were accepted, some since superseded. Those with measured results come first, newest first.</source>
        <translation>
            <numerusform>本周期内有 %n 项决策被接受，其中部分已被取代。有量化结果的排在前面，按时间从新到旧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are kept in the decision log.</source>
        <translation>
            <numerusform>另有 %n 项保存在决策日志中。</numerusform>
        </translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>已被 %1 取代</translation>
    </message>
    <message>
        <source>Promotion packet %1</source>
        <translation>晋升材料包 %1</translation>
    </message>
    <message>
        <source>Promotion packet %1, %2</source>
        <translation>晋升材料包 %1，%2</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
</context>
<context>
    <name>PacketWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>cannot replace the image</source>
        <translation>无法替换图片</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf or .md</source>
        <translation>%1：文件名必须以 .pdf 或 .md 结尾</translation>
    </message>
</context>
<context>
    <name>PdfPacket</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>%1: cannot read the chart</source>
        <translation>%1：无法读取图表</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Remind me to log when nothing is logged by</source>
        <translation>当天截至此时仍无记录时提醒我(&amp;R)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>每日提醒</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>窗口语言(&amp;W)：</translation>
    </message>
    <message>
        <source>The window changes to it when you press OK. The command line follows the language of its environment.</source>
        <translation>按“确定”后窗口即切换为该语言。命令行使用其运行环境的语言。</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1：无法创建：%2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Aim for a date:</source>
        <translation>目标日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Welcome to Rungs</source>
        <translation>欢迎使用 Rungs</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>How the promotion packet names you</source>
        <translation>晋升材料包中使用的你的称呼</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Career ladder:</source>
        <translation>职级框架(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Current level:</source>
        <translation>当前职级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>目标职级(&amp;T)：</translation>
    </message>
    <message>
        <source>Rungs keeps your calibration figures, decision records and promotion checkpoints on this computer only. Tell it where you stand and where you aim; you can change this later in Edit ▸ Profile.</source>
        <translation>Rungs 只在本机保存你的校准数值、架构决策记录和晋升检查点。告诉它你现在的职级和目标；之后可以在 编辑 ▸ 个人档案 中修改。</translation>
    </message>
    <message>
        <source>&amp;Remind me to log every day at:</source>
        <translation>每天提醒我记录的时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Explore &amp;Demo Data</source>
        <translation>浏览演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Open three years of an imagined engineer&apos;s records in a separate database; yours stays empty and this welcome comes back.</source>
        <translation>在单独的数据库中打开一位虚构工程师三年的记录；你的数据库保持为空，下次仍会显示此欢迎页。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1: no profile has been set up</source>
        <translation>%1：尚未设置个人档案</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing to draw: pick a metric, or log some figures</source>
        <translation>无可绘制内容：请选择一个指标，或先记录一些数值</translation>
    </message>
    <message>
        <source>%1 target = 100 %</source>
        <translation>%1 目标 = 100 %</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>ProgressChartData</name>
    <message>
        <source>%1: no such metric in %2</source>
        <translation>%1：%2 中没有这个指标</translation>
    </message>
    <message>
        <source>%1: left out, because %2 sets no target for it to compare with</source>
        <translation>%1：已省略，因为 %2 没有为它设置可比较的目标</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Composite score: fewer than two weeks in the range</source>
        <translation>综合得分：范围内不足两周</translation>
    </message>
    <message>
        <source>Checkpoints: %1 has none</source>
        <translation>检查点：%1 没有检查点</translation>
    </message>
    <message>
        <source>%1 checkpoints done</source>
        <translation>%1 检查点完成情况</translation>
    </message>
    <message>
        <source>%1: the %2 target (%3) is met on the trend line.</source>
        <translation>%1：趋势线已达到 %2 目标（%3）。</translation>
    </message>
    <message>
        <source>%1: at this rate the %2 target (%3) is reached around %4.</source>
        <translation>%1：按此速度，约在 %4 达到 %2 目标（%3）。</translation>
    </message>
    <message>
        <source>%1: the %2 target (%3) is not reached at this rate.</source>
        <translation>%1：按此速度无法达到 %2 目标（%3）。</translation>
    </message>
</context>
<context>
    <name>PromotionPacket</name>
    <message>
        <source>ADR (id %1)</source>
        <translation>ADR（id %1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>暂无证据</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(%1%2 %)</source>
        <translation>(%1%2 %)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 before</source>
        <translation>%1：之前 %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a Figure</source>
        <translation>记录数值</translation>
    </message>
    <message>
        <source>key or name, e.g. delta_tech; Down lists all</source>
        <translation>键名或名称，例如 delta_tech；按 ↓ 列出全部</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>e.g. 3 or 2.5</source>
        <translation>例如 3 或 2.5</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, today or yesterday</source>
        <translation>YYYY-MM-DD、today 或 yesterday</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>what you did, optional</source>
        <translation>做了什么，可选</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>URL, commit or file path, optional</source>
        <translation>URL、提交或文件路径，可选</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>Daily metric</source>
        <translation>每日指标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Today&apos;s daily metrics</source>
        <translation>今天的每日指标</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>RadarCommand</name>
    <message>
        <source>Also draw your self-assessment as it stood this many days ago (default %1; 0 for none).</source>
        <translation>同时绘制你在这么多天之前的自评（默认 %1；0 表示不绘制）。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>radar: unexpected argument &quot;%1&quot;</source>
        <translation>radar：多余的参数“%1”</translation>
    </message>
    <message>
        <source>radar: --snapshot %1: give a number of days from 0 to %2</source>
        <translation>radar：--snapshot %1：请给出 0 到 %2 之间的天数</translation>
    </message>
    <message>
        <source>Draw the competency radar (you, your levels, an earlier snapshot) to a file.</source>
        <translation>将能力雷达图（你自己、各职级、较早的快照）绘制到文件。</translation>
    </message>
</context>
<context>
    <name>RadarData</name>
    <message>
        <source>You (latest)</source>
        <translation>你（最新）</translation>
    </message>
    <message>
        <source>%1 expects</source>
        <translation>%1 期望</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>%1 names when the snapshot was taken, such as a date</extracomment>
        <translation>你（%1）</translation>
    </message>
</context>
<context>
    <name>RadarPanel</name>
    <message>
        <source>nothing</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source>yourself %1 days ago</source>
        <translation>%1 天前的自己</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>对比对象(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the radar as PNG, SVG or PDF</source>
        <translation>将雷达图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Competency radar</source>
        <translation>能力雷达图</translation>
    </message>
    <message>
        <source>Export Radar</source>
        <translation>导出雷达图</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Radar saved to %1</source>
        <translation>雷达图已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The file to write, ending in .pdf or .md (replaced if it exists); Markdown links its charts from a folder &lt;name&gt;-images beside it.</source>
        <translation>要写入的文件，以 .pdf 或 .md 结尾（若已存在则替换）；Markdown 会从旁边的 &lt;name&gt;-images 文件夹中引用图表。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>First day of the period (default: the twelve months ending --to).</source>
        <translation>统计周期的第一天（默认：截至 --to 的十二个月）。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>统计周期的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>report: unexpected argument &quot;%1&quot;</source>
        <translation>report：多余的参数“%1”</translation>
    </message>
    <message>
        <source>report: give --out FILE ending in .pdf or .md</source>
        <translation>report：请用 --out FILE 指定以 .pdf 或 .md 结尾的文件</translation>
    </message>
    <message>
        <source>report: %1: the name must end in .pdf or .md</source>
        <translation>report：%1：文件名必须以 .pdf 或 .md 结尾</translation>
    </message>
    <message>
        <source>--from: %1 is after --to %2</source>
        <translation>--from：%1 晚于 --to %2</translation>
    </message>
    <message>
        <source>Write the promotion packet (radar, checkpoints, charts, decisions) as PDF or Markdown.</source>
        <translation>将晋升材料包（雷达图、检查点、图表、决策）写成 PDF 或 Markdown。</translation>
    </message>
</context>
<context>
    <name>ScoreWeightsStore</name>
    <message>
        <source>%1: no profile has been set up</source>
        <translation>%1：尚未设置个人档案</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Chart: zoom in, zoom out</source>
        <translation>图表：放大、缩小</translation>
    </message>
    <message>
        <source>+, −</source>
        <translation>+、−</translation>
    </message>
    <message>
        <source>Chart: move back, forward in time</source>
        <translation>图表：在时间上后退、前进</translation>
    </message>
    <message>
        <source>←, →</source>
        <translation>←、→</translation>
    </message>
    <message>
        <source>Chart: show every day</source>
        <translation>图表：显示全部日期</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Chart: zoom into days</source>
        <translation>图表：放大到所选日期</translation>
    </message>
    <message>
        <source>drag across them</source>
        <translation>在日期上拖动</translation>
    </message>
    <message>
        <source>Mark Done, Add Evidence: save</source>
        <translation>标记完成、添加证据：保存</translation>
    </message>
    <message>
        <source>Quick log: pick the metric, go to the value</source>
        <translation>快速记录：选定指标，跳到数值</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Log: edit the selected cell</source>
        <translation>记录：编辑所选单元格</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Log: delete the selected entries</source>
        <translation>记录：删除所选记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Log entries for at least two weeks to see a composite score.</source>
        <translation>至少记录两周的数据才能看到综合得分。</translation>
    </message>
    <message>
        <source>Show where you stand: readiness per level, the top gaps to your target and this week&apos;s composite score.</source>
        <translation>显示你的现状：各职级的就绪度、与目标职级差距最大的几项，以及本周的综合得分。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Week of %1: %2 %</source>
        <translation>%1 当周：%2 %</translation>
    </message>
</context>
<context>
    <name>WeightsCommand</name>
    <message>
        <source>set, to change the weight of one metric.</source>
        <translation>set，用于修改某个指标的权重。</translation>
    </message>
    <message>
        <source>The metric&apos;s key or name, as &apos;rungs metrics&apos; shows it.</source>
        <translation>指标的键名或名称，与 &apos;rungs metrics&apos; 显示的一致。</translation>
    </message>
    <message>
        <source>Its weight, 0 to 100; only the ratios between weights count. Every metric starts at 1.</source>
        <translation>它的权重，0 到 100；只有权重之间的比例有意义。每个指标初始为 1。</translation>
    </message>
    <message>
        <source>How much of each weight comes from how much the metric varied, 0 to 1 (default 0.6); the rest comes from your weights.</source>
        <translation>每个权重中有多少来自该指标的波动程度，0 到 1（默认 0.6）；其余来自你的权重。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>weights: give nothing, or set METRIC WEIGHT</source>
        <translation>weights：不带参数，或 set METRIC WEIGHT</translation>
    </message>
    <message>
        <source>Show or set how much each metric counts in the composite score.</source>
        <translation>显示或设置每个指标在综合得分中的占比。</translation>
    </message>
    <message>
        <source>[set METRIC WEIGHT]</source>
        <translation>[set METRIC WEIGHT]</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Composite Score Weights</source>
        <translation>综合得分权重</translation>
    </message>
    <message numerus="yes">
        <source>Give each metric a weight from 0 to 100 for how much it matters to you; only the ratios count. The entropy share decides how much of each weight comes from how much the metric varied, week by week, over the last %n days.</source>
        <translation>
            <numerusform>为每个指标设置 0 到 100 的权重，表示它对你的重要程度；只有比例有意义。熵权占比决定每个权重中有多少来自该指标在过去 %n 天内逐周的波动程度。</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Your weight</source>
        <translation>你的权重</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵权</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Your weight for %1</source>
        <translation>你对 %1 的权重</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Entropy share in percent</source>
        <translation>熵权占比（百分比）</translation>
    </message>
    <message>
        <source>0 %: your weights alone; 100 %: entropy alone</source>
        <translation>0 %：仅用你的权重；100 %：仅用熵权</translation>
    </message>
    <message>
        <source>&amp;Entropy share:</source>
        <translation>熵权占比(&amp;E)：</translation>
    </message>
    <message>
        <source>no entries in the weeks scored</source>
        <translation>评分周内没有记录</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>current level: %1 has no level %2</source>
        <translation>当前职级：%1 中没有职级 %2</translation>
    </message>
    <message>
        <source>target level: %1 has no level %2</source>
        <translation>目标职级：%1 中没有职级 %2</translation>
    </message>
    <message>
        <source>target level: %1 is not above the current level %2</source>
        <translation>目标职级：%1 不高于当前职级 %2</translation>
    </message>
    <message>
        <source>target date: %1 is in the past</source>
        <translation>目标日期：%1 已经过去</translation>
    </message>
    <message>
        <source>name: longer than 200 characters</source>
        <translation>姓名：超过 200 个字符</translation>
    </message>
</context>
</TS>
