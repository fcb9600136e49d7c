import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../src-core/editor/clipboard/html-entities';
import { parseHtmlTable } from '../../../../src-core/editor/clipboard/parse-html';

/** What Excel (Windows, zh-CN) puts on the clipboard as text/html, trimmed of repetition. */
const EXCEL_HTML = `Version:0.9\r
StartHTML:0000000105\r
EndHTML:0000002210\r
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<link id=Main-File rel=Main-File href="file:///C:/Users/a/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<style>
<!--table
\t{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}
td
\t{padding-top:1px;
\tfont-family:等线;
\tmso-number-format:General;}
.xl65
\t{mso-number-format:"\\#\\,\\#\\#0\\.00";}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=360 style='border-collapse:
 collapse;width:270pt'>
<!--StartFragment-->
 <col width=72 span=5 style='width:54pt'>
 <tr height=19 style='height:14.25pt'>
  <td height=19 width=72 style='height:14.25pt;width:54pt'>单位</td>
  <td width=72 style='width:54pt'>功能科目</td>
  <td width=72 style='width:54pt'>经济科目</td>
  <td width=72 style='width:54pt'>金额</td>
  <td width=72 style='width:54pt'>备注</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td height=19 align=right style='height:14.25pt' x:num>167001</td>
  <td align=right x:num>2010301</td>
  <td align=right x:num>30101</td>
  <td class=xl65 align=right x:num="1234.56">1,234.56</td>
  <td>含&quot;绩效&quot;&amp;奖金</td>
 </tr>
 <tr height=38 style='height:28.5pt'>
  <td height=38 align=right style='height:28.5pt' x:num>167001</td>
  <td align=right x:num>2010301</td>
  <td align=right x:num>30217</td>
  <td class=xl65 align=right>１２３</td>
  <td class=xl66 width=72 style='width:54pt'>第一行<br style='mso-data-placement:same-cell'>
  第二行</td>
 </tr>
<!--EndFragment-->
</table>

</body>

</html>
`;

describe('parseHtmlTable (Excel/WPS HTML clipboard)', () => {
  it('reads the cells of a real-looking Excel clipboard, ignoring the header, styles and mso markup', () => {
    expect(parseHtmlTable(EXCEL_HTML)).toEqual([
      ['单位', '功能科目', '经济科目', '金额', '备注'],
      ['167001', '2010301', '30101', '1,234.56', '含"绩效"&奖金'],
      ['167001', '2010301', '30217', '１２３', '第一行\n第二行'],
    ]);
  });

  it('returns null when there is no table', () => {
    expect(parseHtmlTable('<html><body><p>只是一段文字</p></body></html>')).toBeNull();
    expect(parseHtmlTable('')).toBeNull();
    expect(parseHtmlTable('plain text 1\t2')).toBeNull();
  });

  it('expands colspan and rowspan as blank cells, keeping later cells in their columns', () => {
    const html = `<table>
      <tr><td rowspan=2>科目</td><td colspan="2">金额</td><td>备注</td></tr>
      <tr><td>本年</td><td>上年</td><td rowspan='3'>说明</td></tr>
      <tr><td>201</td><td>10</td><td>9</td></tr>
    </table>`;
    expect(parseHtmlTable(html)).toEqual([
      ['科目', '金额', '', '备注'],
      ['', '本年', '上年', '说明'],
      ['201', '10', '9', ''],
    ]);
  });

  it('does not add rows for a rowspan running past the table end, and caps absurd spans', () => {
    expect(parseHtmlTable('<table><tr><td rowspan=9999>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toEqual([
      ['a', 'b'],
      ['', 'c'],
    ]);
    expect(parseHtmlTable('<table><tr><td colspan=0>a</td><td colspan=x>b</td></tr></table>')).toEqual([['a', 'b']]);
  });

  it('decodes entities (named, decimal, hex) and turns no-break spaces into spaces', () => {
    const html =
      '<table><tr><td>&lt;a&gt; &amp;&#12288;&#x4E2D;&yen;1</td><td>&nbsp;&nbsp;缩进</td><td>&nbsp;</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['<a> &\u3000中¥1', '  缩进', '']]);
  });

  it('collapses markup whitespace like a browser (Excel wraps long source lines) but keeps <br> breaks', () => {
    const html =
      '<table><tr><td>\n  公务接待费\n  说明  </td><td>a<br>b<BR/>c</td><td><p>段一</p><p>段二</p></td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['公务接待费 说明', 'a\nb\nc', '段一\n段二']]);
  });

  it('tolerates omitted end tags, uppercase tags, th cells, tbody and attributes in any quoting', () => {
    const html =
      '<TABLE><THEAD><TR><TH>a<TH>b</THEAD><TBODY><tr class="x"><td style="mso-number-format:\'@\'">007<td>8</tbody></TABLE>';
    expect(parseHtmlTable(html)).toEqual([
      ['a', 'b'],
      ['007', '8'],
    ]);
  });

  it('reads Google Sheets and LibreOffice flavours (spans, fonts, colgroup)', () => {
    const sheets =
      '<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}--></style>' +
      '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1"><colgroup><col width="100"/></colgroup>' +
      '<tbody><tr style="height:21px;"><td data-sheets-value="{&quot;1&quot;:3,&quot;3&quot;:1234.5}">1,234.50</td><td><span style="font-weight:bold;">粗体</span></td></tr></tbody></table>';
    expect(parseHtmlTable(sheets)).toEqual([['1,234.50', '粗体']]);
    const libre =
      '<table cellspacing="0" border="0"><colgroup width="85"></colgroup><tr><td height="17" align="left"><font face="Noto Sans CJK SC">行政运行</font></td></tr></table>';
    expect(parseHtmlTable(libre)).toEqual([['行政运行']]);
  });

  it('reads only the first table; a nested table only adds its text to the enclosing cell', () => {
    const html =
      '<table><tr><td>x<table><tr><td>内</td><td>层</td></tr></table></td><td>y</td></tr></table><table><tr><td>第二张</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['x 内 层', 'y']]);
  });

  it('never throws on broken markup', () => {
    const broken = [
      '<table><tr><td>a < b</td><td>1 <> 2</td></tr></table>',
      '<table><tr><td>unterminated <!-- comment',
      '<table><tr><td attr="never closed',
      '<table><tr><td>x</td></tr>', // no </table>
      '<table><style>td{}', // unterminated style
      '<<table>><tr><td>&#0;&#xD800;&#99999999;&bogus;</td></tr></table>',
    ];
    for (const html of broken) expect(() => parseHtmlTable(html)).not.toThrow();
    expect(parseHtmlTable(broken[0])).toEqual([['a < b', '1 <> 2']]);
    expect(parseHtmlTable(broken[3])).toEqual([['x']]);
    expect(parseHtmlTable(broken[5])).toEqual([['\uFFFD\uFFFD\uFFFD&bogus;']]);
  });

  it('pads ragged rows and keeps an empty table empty', () => {
    expect(parseHtmlTable('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseHtmlTable('<table></table>')).toEqual([]);
  });

  it('reads a 3×4 block from WPS-style markup', () => {
    const rows = [1, 2, 3]
      .map((r) => `<tr>${[1, 2, 3, 4].map((c) => `<td x:str>${r}-${c}</td>`).join('')}</tr>`)
      .join('\n');
    const block = parseHtmlTable(`<html><body><table>${rows}</table></body></html>`);
    expect(block).toHaveLength(3);
    expect(block?.every((r) => r.length === 4)).toBe(true);
    expect(block?.[2][3]).toBe('3-4');
  });
});

describe('decodeEntities', () => {
  it('decodes named, numeric and legacy references, leaving unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&hellip;&mdash;')).toBe('&<>"\'\u00A0…—');
    expect(decodeEntities('&#65;&#x42;&#X43;')).toBe('ABC');
    expect(decodeEntities('a &amp b &nbsp c')).toBe('a & b \u00A0 c');
    expect(decodeEntities('&hellip &unknown; & ;')).toBe('&hellip &unknown; & ;');
    expect(decodeEntities('no refs')).toBe('no refs');
  });
});
