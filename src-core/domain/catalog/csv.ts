import { err, ok, type Result } from '../result';

/**
 * RFC 4180 CSV, as Excel and WPS save it: fields separated by ',', records by CRLF or LF (a lone
 * CR is accepted too), fields optionally in double quotes with "" for a quote inside; quoted fields
 * may hold commas and line breaks. A leading UTF-8 BOM is dropped; a final line break does not make
 * an empty record. An unquoted field keeps a stray '"' as a literal character (as Excel reads it).
 */

interface CsvRow {
  fields: string[];
  /** 1-based physical line on which the record starts. */
  line: number;
}

function parseRows(text: string): Result<CsvRow[], string> {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  if (src === '') return ok(rows);

  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = src.length;

  const endRow = () => {
    fields.push(field);
    rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  /** Consumes a line break at i (CRLF, LF or CR); returns whether there was one. */
  const lineBreak = (): boolean => {
    const c = src[i];
    if (c === '\r') {
      i += src[i + 1] === '\n' ? 2 : 1;
    } else if (c === '\n') {
      i += 1;
    } else {
      return false;
    }
    line += 1;
    return true;
  };

  while (i < n) {
    // At the start of a field.
    if (src[i] === '"') {
      const openLine = line;
      i += 1;
      for (;;) {
        if (i >= n) return err(`CSV 第${openLine}行：引号未闭合（该行开始的带引号字段缺少结束的 "）`);
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\r' || c === '\n') {
          const start = i;
          lineBreak();
          field += src.slice(start, i);
          continue;
        }
        field += c;
        i += 1;
      }
      // After the closing quote: a separator, a line break or the end.
      if (i >= n) break;
      if (src[i] === ',') {
        fields.push(field);
        field = '';
        i += 1;
        if (i >= n) break; // "a", at the very end: one more, empty field
        continue;
      }
      if (lineBreak()) {
        endRow();
        rowLine = line;
        continue;
      }
      return err(`CSV 第${line}行：引号字段结束后应为逗号或换行，却是“${src[i]}”`);
    }

    // Unquoted field: up to the next ',' or line break.
    while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
      field += src[i];
      i += 1;
    }
    if (i >= n) break;
    if (src[i] === ',') {
      fields.push(field);
      field = '';
      i += 1;
      if (i >= n) break;
      continue;
    }
    lineBreak();
    endRow();
    rowLine = line;
  }

  // End of input: close the last record unless the text ended with a line break.
  const last = src[n - 1];
  if ((last !== '\n' && last !== '\r') || fields.length > 0 || field !== '') {
    endRow();
  }
  return ok(rows);
}

/** Parses CSV text into rows of fields. */
export function parseCsv(text: string): Result<string[][], string> {
  const rows = parseRows(text);
  return rows.ok ? ok(rows.value.map((r) => r.fields)) : rows;
}

/**
 * Parses CSV with a header row (names trimmed) into one record per data row. Short rows get ''
 * for the missing fields; blank lines are skipped; a row with more fields than the header, an
 * empty or a repeated header name is an error.
 */
export function parseCsvRecords(text: string): Result<Record<string, string>[], string> {
  const parsed = parseRows(text);
  if (!parsed.ok) return parsed;
  const rows = parsed.value;
  if (rows.length === 0) return ok([]);

  const header = rows[0].fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const [k, name] of header.entries()) {
    if (name === '') {
      if (header.length === 1) return err('CSV 第1行（表头）为空');
      return err(`CSV 第1行（表头）第${k + 1}列没有列名`);
    }
    if (seen.has(name)) return err(`CSV 第1行（表头）列名“${name}”重复`);
    seen.add(name);
  }

  const records: Record<string, string>[] = [];
  for (const row of rows.slice(1)) {
    const { fields, line } = row;
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    if (fields.length > header.length) {
      return err(`CSV 第${line}行有${fields.length}个字段，多于表头的${header.length}列`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => {
      record[name] = k < fields.length ? fields[k] : '';
    });
    records.push(record);
  }
  return ok(records);
}
