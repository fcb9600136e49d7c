import type { DraftText } from '../../../../src-core/domain/draft/types';
import type { DraftSession } from '../../session/draft-session';
import { TextField } from '../TextField';

/** The texts of the 部门概况 (docs/draft-format.md `text`), in the order the report prints them. */
const TEXTS: {
  key: 'functions' | 'composition' | 'staffing' | 'contact';
  label: string;
  rows: number;
  hint: string;
}[] = [
  { key: 'functions', label: '主要职能', rows: 8, hint: '一段文字或分条列出（每条一行）' },
  { key: 'composition', label: '部门预算单位构成', rows: 3, hint: '本部门包括哪些预算单位' },
  { key: 'staffing', label: '机构设置及人员情况', rows: 3, hint: '内设机构、编制与实有人数' },
  { key: 'contact', label: '联系人及联系方式', rows: 2, hint: '公开时附在文末' },
];

/** 部门概况的文字: each field stored as it is typed (TextField), one undo step per burst; blank removes it. */
export function TextsFields({ session }: { session: DraftSession }) {
  const text = session.head.text;
  const set = (key: (typeof TEXTS)[number]['key'], label: string, value: string): null => {
    const next: DraftText = { ...text };
    if (value.trim() === '') delete next[key];
    else next[key] = value.replace(/\s+$/, '');
    session.setPart(`修改${label}`, 'text', next);
    return null;
  };
  return (
    <fieldset className="field-group">
      <legend>部门概况文字</legend>
      {TEXTS.map((t) => (
        <TextField
          key={t.key}
          label={t.label}
          value={text[t.key] ?? ''}
          multiline
          rows={t.rows}
          hint={t.hint}
          onCommit={(v) => set(t.key, t.label, v)}
        />
      ))}
    </fieldset>
  );
}
