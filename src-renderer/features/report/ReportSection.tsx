import { createContext, memo, useContext, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StandardTerm } from '../../../src-core/domain/report/glossary';
import { LiveReport } from '../../../src-core/domain/report/live-report';
import {
  headingText,
  type Block,
  type Chart,
  type Paragraph,
  type Part,
  type Section,
  type Slot,
} from '../../../src-core/domain/report/model';
import { missingSlots, slotId } from '../../../src-core/domain/report/slots';
import { renderChart } from '../../../src-core/report-html/svg-charts';
import type { Layout } from '../../../src-core/domain/layout/types';
import type { PrintOutcome } from '../../platform/print-report';
import { PrintReportDialog, type PrintAction } from '../export/PrintReportDialog';
import type { DraftSession } from '../session/draft-session';
import { useCommitOnLeave } from '../session/use-commit-on-leave';
import { asOf } from '../session/as-of';
import { slotSubject } from './slot-subject';
import './report-section.css';

interface Props {
  session: DraftSession;
  version: number;
  standardTerms: readonly StandardTerm[];
  /** The layouts the print dialog offers (the draft's own when not given). */
  layouts?: readonly Layout[];
}

const PLACEHOLDER: Record<Slot['slot'], string> = { reason: '【点击填写增减原因】', purpose: '【点击填写资金用途】' };
const GROUP = { reason: 'reasons', purpose: 'purposes' } as const;

/**
 * 情况说明: the generated disclosure text as it will be printed, kept current with every edit. Only
 * the officer's places are editable: each reason and purpose, in place (Enter or leaving the box
 * saves, Esc cancels). Figures come from the lines and cannot be changed here.
 *
 * Each edit regenerates the document (`LiveReport`), which keeps the objects of everything that
 * did not change; parts, sections, paragraphs and charts are memoized on those objects, so only
 * what the edit changed is drawn again.
 */
export function ReportSection({ session, version, standardTerms, layouts }: Props) {
  const engine = session.engine;
  const live = useMemo(() => new LiveReport({ standardTerms }), [standardTerms]);
  const doc = useMemo(() => live.update(asOf(engine, version)), [live, engine, version]);
  const [editing, setEditing] = useState<string | null>(null);
  const missing = useMemo(() => missingSlots(doc), [doc]);
  const missingReasons = missing.filter((s) => s.slot === 'reason').length;
  const missingPurposes = missing.length - missingReasons;

  const actions = useMemo<SlotActions>(
    () => ({
      open: setEditing,
      cancel: () => setEditing(null),
      save: (slot, value) => {
        setEditing(null);
        session.setTextEntry(GROUP[slot.slot], slot.key, value);
      },
      rawValue: (slot) => session.engine.head.text[GROUP[slot.slot]]?.[slot.key] ?? '',
      subject: (slot) => slotSubject(slot.key, session.engine.layout, session.engine.catalogs),
    }),
    [session],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing || !(e.ctrlKey || e.metaKey)) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      session.undo();
    } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
      e.preventDefault();
      session.redo();
    }
  };

  const [printing, setPrinting] = useState<PrintOutcome | null>(null);
  // 打印 and 导出 PDF open the print dialog (版式, 舍位平衡, file name), which prints this same report.
  const [printDialog, setPrintDialog] = useState<PrintAction | null>(null);
  const output = (what: PrintAction) => {
    setPrinting(null);
    setPrintDialog(what);
  };

  return (
    <>
      <div className="report-section" data-testid="report-section" onKeyDown={onKeyDown}>
        <div className="report-toolbar">
          <button type="button" onClick={() => session.undo()} disabled={!session.undoLabel} title="Ctrl+Z">
            撤销{session.undoLabel ? ` ${session.undoLabel}` : ''}
          </button>
          <button type="button" onClick={() => session.redo()} disabled={!session.redoLabel} title="Ctrl+Y">
            重做{session.redoLabel ? ` ${session.redoLabel}` : ''}
          </button>
          <button type="button" onClick={() => output('print')} data-testid="report-print">
            打印
          </button>
          <button type="button" onClick={() => output('pdf')} data-testid="report-pdf">
            导出 PDF
          </button>
          {printing?.message && (
            <span
              className={printing.ok ? 'report-hint' : 'report-error'}
              role="status"
              data-testid="report-output-message"
            >
              {printing.message}
            </span>
          )}
          <span className="report-hint">点击【】或带下划线的文字填写增减原因、资金用途；数字由支出明细自动生成。</span>
          <span className="report-missing" data-testid="report-missing">
            {missing.length === 0 ? (
              <span className="count ok">原因与用途已填齐</span>
            ) : (
              <>
                待填：{missingReasons > 0 && <span className="count warn">增减原因 {missingReasons} 处</span>}
                {missingPurposes > 0 && <span className="count warn">资金用途 {missingPurposes} 处</span>}
              </>
            )}
          </span>
        </div>
        <div className="report-scroll">
          <article className="report-paper" data-testid="report-paper">
            {doc.draftMark && <p className="report-draft-mark">草稿（未通过审核）</p>}
            <h1 className="report-title">{doc.title}</h1>
            <SlotActionsContext value={actions}>
              <EditingSlotContext value={editing}>
                {doc.parts.map((part) => (
                  <PartView key={part.id} part={part} />
                ))}
              </EditingSlotContext>
            </SlotActionsContext>
          </article>
        </div>
      </div>
      {printDialog && (
        <PrintReportDialog
          session={session}
          version={version}
          layouts={layouts ?? [engine.layout]}
          initial={printDialog}
          onClose={() => setPrintDialog(null)}
          onDone={(outcome) => {
            setPrintDialog(null);
            setPrinting(outcome);
          }}
        />
      )}
    </>
  );
}

/** What a slot can do, stable for the life of the screen (also the 决算's 情况说明, FinalReportSection). */
export interface SlotActions {
  open(id: string): void;
  cancel(): void;
  save(slot: Slot, value: string): void;
  rawValue(slot: Slot): string;
  /** What the place is about, in Chinese (for the editor's label). */
  subject(slot: Slot): string;
}

export const SlotActionsContext = createContext<SlotActions | null>(null);
/** `slotId` of the slot being edited, or null. Read by the slots only, so opening one redraws no paragraph. */
export const EditingSlotContext = createContext<string | null>(null);

export const PartView = memo(function PartView({ part }: { part: Part }) {
  return (
    <section className={`report-part part-${part.id}`} data-part={part.id}>
      <h2 className="report-part-title">{headingText(part)}</h2>
      <Blocks blocks={part.blocks} />
    </section>
  );
});

function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'section':
            return <SectionView key={`s-${block.id}`} section={block} />;
          case 'paragraph':
            return <ParagraphView key={index} paragraph={block} />;
          case 'table':
            return (
              <p key={`t-${block.tableId}`} className="report-table-ref">
                {block.title}
              </p>
            );
          case 'chart':
            return <ChartView key={`c-${block.chart.id}`} chart={block.chart} />;
        }
      })}
    </>
  );
}

const SectionView = memo(function SectionView({ section }: { section: Section }) {
  return (
    <section className={`report-sec h-${section.numbering ?? 'none'}`} data-section={section.id}>
      <h3 className="report-heading">{headingText(section)}</h3>
      <Blocks blocks={section.blocks} />
    </section>
  );
});

// Our own SVG, every text in it escaped by renderChart.
const ChartView = memo(function ChartView({ chart }: { chart: Chart }) {
  return <div className="report-chart" dangerouslySetInnerHTML={{ __html: renderChart(chart) }} />;
});

const ParagraphView = memo(function ParagraphView({ paragraph }: { paragraph: Paragraph }) {
  return (
    <p className="report-p">
      {paragraph.label && <span className="report-num">{paragraph.label}</span>}
      {paragraph.lead && <span className="report-lead">{paragraph.lead}</span>}
      {paragraph.segments
        ? paragraph.segments.map((segment, index) =>
            typeof segment === 'string' ? (
              <span key={index}>{segment}</span>
            ) : (
              <SlotView key={slotId(segment)} slot={segment} />
            ),
          )
        : paragraph.text}
    </p>
  );
});

function SlotView({ slot }: { slot: Slot }) {
  const actions = useContext(SlotActionsContext)!;
  const editing = useContext(EditingSlotContext);
  const id = slotId(slot);
  const what = slot.slot === 'reason' ? '增减原因' : '资金用途';
  if (editing === id) {
    const subject = actions.subject(slot);
    return (
      <>
        {slot.slot === 'reason' && slot.text === null && '，'}
        <SlotEditor
          label={subject ? `${what}：${subject}` : what}
          initial={actions.rawValue(slot)}
          placeholder={
            slot.standard ? (slot.text ?? '') : slot.slot === 'reason' ? '例如：主要是新增人员经费' : '例如：主要用于……'
          }
          onSave={(value) => actions.save(slot, value)}
          onCancel={actions.cancel}
        />
      </>
    );
  }
  const empty = (slot.text ?? '') === '';
  const open = () => actions.open(id);
  return (
    <>
      {slot.slot === 'reason' && slot.text === null && '，'}
      <span
        role="button"
        tabIndex={0}
        className={`report-slot ${slot.slot}${empty ? ' empty' : ''}${slot.standard ? ' standard' : ''}`}
        data-slot={slot.slot}
        data-key={slot.key}
        title={empty ? `点击填写${what}` : slot.standard ? `标准表述，点击改写${what}` : `点击修改${what}`}
        onClick={open}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          }
        }}
      >
        {empty ? PLACEHOLDER[slot.slot] : slot.text}
      </span>
    </>
  );
}

/** The in-place box: Enter or leaving it saves, Esc cancels; keys pressed while composing (IME) are left alone. */
function SlotEditor({
  label,
  initial,
  placeholder,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  placeholder: string;
  onSave(value: string): void;
  onCancel(): void;
}) {
  const done = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const [dirty, setDirty] = useState(false);
  const finish = (save: boolean, value: string) => {
    if (done.current) return;
    done.current = true;
    if (save) onSave(value);
    else onCancel();
  };
  // What is typed here is stored when the page goes away (reload, close), as on blur.
  useCommitOnLeave(dirty, () => {
    if (box.current) finish(true, box.current.value);
  });
  return (
    <textarea
      ref={box}
      onInput={() => setDirty(true)}
      className="report-slot-editor"
      aria-label={label}
      data-testid="slot-editor"
      defaultValue={initial}
      placeholder={placeholder}
      rows={Math.max(2, Math.ceil(initial.length / 40))}
      autoFocus
      onFocus={(e) => {
        const n = e.currentTarget.value.length;
        e.currentTarget.setSelectionRange(n, n);
      }}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing || e.keyCode === 229) return;
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true, e.currentTarget.value);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false, '');
        }
        e.stopPropagation();
      }}
      onBlur={(e) => finish(true, e.currentTarget.value)}
    />
  );
}
