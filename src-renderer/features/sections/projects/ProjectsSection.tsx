import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../../src-core/domain/draft/types';
import { fromCents } from '../../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { showAmount } from '../amounts';
import { highlightOf, type SectionFocus } from '../focus';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { SectionFrame, type SectionMessage } from '../SectionFrame';
import { unitName, unitOptions } from '../unit-options';
import { ProjectDetail } from './ProjectDetail';
import { addProjectEdits, changeProjectEdits, removeProjectEdits, type ProjectChange } from './project-edits';

interface Props {
  session: DraftSession;
  version: number;
  focus?: SectionFocus | null;
}

/** 项目: the projects with their amount (sum of their expense lines) and, below, the chosen one's details. */
export function ProjectsSection({ session, focus }: Props) {
  const [message, setMessage] = useState<SectionMessage | null>(null);
  const [selected, setSelected] = useState(0);
  const head = session.head;
  const projects = head.projects;
  const highlight = highlightOf(focus, 'project');

  // A new request to show a project (from 审核) selects it once; later edits do not move the selection.
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (!highlight || shown.current === highlight.nonce) return;
    shown.current = highlight.nonce;
    const i = session.head.projects.findIndex((p) => p.code === highlight.key);
    if (i >= 0) setSelected(i);
  }, [highlight, session]);

  const apply = (label: string, change: ProjectChange) => {
    session.perform(label, change.edits);
    setMessage(change.note ? { kind: 'info', text: change.note } : null);
  };
  const change = (index: number, label: string, after: Project): string | null => {
    const r = changeProjectEdits(session, index, after);
    if (!r.ok) return r.error;
    apply(label, r.value);
    return null;
  };

  const columns: RecordColumn[] = [
    { key: 'code', label: '项目编码', width: 130 },
    { key: 'unit', label: '单位', width: 200, kind: 'select', options: unitOptions(head.units) },
    { key: 'name', label: '项目名称' },
    { key: 'parent', label: '一级项目', width: 220 },
    {
      key: 'amount',
      label: `项目金额（${UNIT_LABEL[head.amountUnit]}）`,
      width: 150,
      kind: 'readonly',
      align: 'right',
    },
    { key: 'indicators', label: '指标数', width: 64, kind: 'readonly' },
  ];
  const ctx = session.engine.ruleContext;
  const rows = projects.map((p, i) => {
    const amount = showAmount(fromCents(ctx.aux('projects', `project:${p.code}`, 'amount'), head.amountUnit));
    return {
      key: p.code || `#${i}`,
      cells: {
        code: p.code,
        unit: p.unit,
        name: p.name,
        parent: p.parent ?? '',
        amount,
        indicators: String(p.indicators.length),
      },
      display: { unit: unitName(head.units, p.unit), amount: <span className="amount">{amount}</span> },
    };
  });
  const current = projects[Math.min(selected, projects.length - 1)];
  const currentIndex = current ? projects.indexOf(current) : -1;

  return (
    <SectionFrame
      session={session}
      title="项目"
      hint="项目金额为其支出明细之和；点选一行查看绩效目标与指标"
      message={message}
      onDismiss={() => setMessage(null)}
    >
      <fieldset className="field-group">
        <legend>项目清单（{projects.length} 个）</legend>
        <RecordTable
          label="项目"
          columns={columns}
          rows={rows}
          selected={current ? rows[currentIndex].key : null}
          onSelectRow={setSelected}
          highlight={highlight}
          onCommit={(row, key, text) => {
            const p = projects[row];
            const after: Project = { ...p, [key]: key === 'unit' ? text : text.trim() };
            return change(row, key === 'code' ? '修改项目编码' : '修改项目', after);
          }}
          onAdd={() => {
            const add = addProjectEdits(session);
            apply('新增项目', add);
            setSelected(projects.length);
          }}
          addLabel="新增项目"
          onRemove={(row) => {
            const r = removeProjectEdits(session, row);
            if (!r.ok) return r.error;
            apply('删除项目', r.value);
            return null;
          }}
          emptyText="尚无项目"
        />
      </fieldset>
      {current && (
        <fieldset className="field-group">
          <legend>项目详情与绩效指标</legend>
          <ProjectDetail
            key={currentIndex}
            project={current}
            onChange={(label, after) => change(currentIndex, label, after)}
          />
        </fieldset>
      )}
    </SectionFrame>
  );
}
