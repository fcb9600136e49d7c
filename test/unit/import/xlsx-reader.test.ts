import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src-core/import/read-workbook';
import { decodeOoxmlEscapes, decodeXml } from '../../../src-core/import/xml-scan';
import { book } from './helpers';

/**
 * The own .xlsx reader on XML as other programs write it (WPS, the .NET Open XML SDK with `x:`
 * prefixes, inline strings, cells without `r`), not only as exceljs writes it.
 */
async function read(bytes: Uint8Array) {
  const r = await readWorkbook(bytes, 'a.xlsx');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('reading .xlsx XML directly', () => {
  it('shared strings (plain, rich, phonetic guides left out), inline strings, entities and _xHHHH_ escapes', async () => {
    const shared = `<sst xmlns="x" count="3" uniqueCount="3"><si><t>单位编码</t></si><si><r><rPr><b/></rPr><t>功能</t></r><r><t xml:space="preserve">科目 </t></r><rPh sb="0" eb="1"><t>ゴ</t></rPh></si><si><t>A&amp;B&#x4E00;_x000D_</t></si><si/></sst>`;
    const sheet = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>167001</t></is></c><c r="C3" t="inlineStr"><is><r><t>行政</t></r><r><t>运行</t></r></is></c></row>
    </sheetData></worksheet>`;
    const wb = await read(book({ sheets: [{ name: '支出明细', xml: sheet }], shared }));
    expect(wb.sheets[0].rows).toEqual([
      { row: 1, cells: ['单位编码', '功能科目 ', 'A&B一\r', ''], numeric: 0 },
      { row: 3, cells: ['167001', '', '行政运行'], numeric: 0 },
    ]);
  });

  it('namespace prefixes (x:), cells and rows without r, booleans, formula text results, shared formulas', async () => {
    const sheet = `<x:worksheet xmlns:x="m"><x:sheetData>
      <x:row><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c><x:v>12.5</x:v></x:c></x:row>
      <x:row><x:c r="A2"><x:f t="shared" ref="A2:A3" si="0">B1*2</x:f><x:v>2</x:v></x:c></x:row>
      <x:row><x:c r="A3"><x:f t="shared" si="0"/></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const wb = await read(book({ sheets: [{ name: 'S', xml: sheet }], prefix: 'x:' }));
    const s = wb.sheets[0];
    expect(s.name).toBe('S');
    expect(s.rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['ab', '是', '12.5']],
      [2, ['2']],
      [3, ['']],
    ]);
    expect(s.cellErrors.get('3:0')).toMatch(/公式“=B1\*2”没有保存计算结果/);
  });

  it('number formats from styles.xml: fixed decimals, dates (1900 and 1904), text; error values', async () => {
    const styles = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00_ "/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet><sheetData><row r="2" spans="1:5">
      <c r="A2" s="1"><v>2874600</v></c><c r="B2" s="2"><v>45322</v></c><c r="C2" s="3"><v>45322.5</v></c><c r="D2" s="0"><v>0.30000000000000004</v></c><c r="E2" t="e"><v>#N/A</v></c>
    </row></sheetData></worksheet>`;
    const wb = await read(book({ sheets: [{ name: 'S', xml: sheet }], styles }));
    expect(wb.sheets[0].rows[0].cells).toEqual(['2874600.00', '2024-01-31', '2024-01-31 12:00:00', '0.3', '#N/A']);
    expect(wb.sheets[0].cellErrors.get('2:4')).toMatch(/错误值 #N\/A（值不可用）/);
    const w1904 = await read(book({ sheets: [{ name: 'S', xml: sheet }], styles, date1904: true }));
    expect(w1904.sheets[0].rows[0].cells[1]).toBe('2028-02-01');
  });

  it('merged ranges repeat the first cell; hidden sheets are read and marked, empty sheets are left out', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>金额</t></is></c></row><row r="2"><c r="C2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>
      <mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    const wb = await read(
      book({
        sheets: [
          { name: '合并', xml: sheet },
          {
            name: '隐藏',
            xml: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
            state: 'veryHidden',
          },
          { name: '空', xml: '<worksheet><sheetData/></worksheet>' },
        ],
      }),
    );
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['合并', undefined],
      ['隐藏', 'veryHidden'],
    ]);
    expect(wb.sheets[0].rows).toEqual([
      { row: 1, cells: ['金额', '金额'], numeric: 0 },
      { row: 2, cells: ['金额', '金额', 'x'], numeric: 0 },
    ]);
    expect(wb.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  it('decodes XML references and OOXML escapes', () => {
    expect(decodeXml('a &lt;b&gt; &quot;c&quot; &#20013;&#x6587; &unknown;')).toBe('a <b> "c" 中文 &unknown;');
    expect(decodeOoxmlEscapes('a_x000A_b_x12_c')).toBe('a\nb_x12_c');
  });
});
