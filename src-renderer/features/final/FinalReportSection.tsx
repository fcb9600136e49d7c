import { useMemo } from 'react';
import { generateFinalReport } from '../../../src-core/domain/final/report/generate-final';
import type { Block, Part, ReportDocument } from '../../../src-core/domain/report/model';
import { renderChart } from '../../../src-core/report-html/svg-charts';
import { asOf } from '../session/as-of';
import type { FinalSession } from './final-session';
import '../report/report-section.css';

interface Props {
  session: FinalSession;
  version: number;
}

/**
 * 情况说明 of a 决算, as the printed document will read (generateFinalReport, the same model and
 * charts as the budget's report), regenerated on every edit. A preview: reasons are written in
 * 预算数与上年数, texts in 文字说明; printing to PDF is not wired in the app yet.
 */
export function FinalReportSection({ session, version }: Props) {
  const doc = useMemo((): ReportDocument | string => {
    try {
      return generateFinalReport(asOf(session.engine, version));
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [session, version]);
  if (typeof doc === 'string') {
    return (
      <p className="engine-error" role="alert">
        情况说明暂时无法生成（{doc}）。草稿没有改动，请在审核中处理问题后再试。
      </p>
    );
  }
  return (
    <article className="report-section final-report" aria-label="情况说明" data-testid="final-report">
      <p className="muted">
        预览（只读）：原因在“预算数与上年数”中填写，文字在“文字说明”中填写；打印与导出 PDF 尚未提供。
      </p>
      {doc.draftMark && <p className="report-draft-mark">草稿（未通过审核）：还有 {doc.errorCount} 个错误。</p>}
      <h1 className="report-title">{doc.title}</h1>
      {doc.parts.map((p) => (
        <PartView key={p.id} part={p} />
      ))}
    </article>
  );
}

function heading(node: { label: string; title: string }): string {
  return node.label ? `${node.label}${/[、.]$/.test(node.label) ? '' : ' '}${node.title}` : node.title;
}

function PartView({ part }: { part: Part }) {
  return (
    <section className="report-part" data-part={part.id}>
      <h2 className="report-part-title">{heading(part)}</h2>
      <Blocks blocks={part.blocks} />
    </section>
  );
}

function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'section':
            return (
              <section key={`s-${b.id}`} className={`report-sec h-${b.numbering ?? 'none'}`} data-section={b.id}>
                <h3 className="report-heading">{heading(b)}</h3>
                <Blocks blocks={b.blocks} />
              </section>
            );
          case 'paragraph':
            return (
              <p key={i} className="report-p">
                {b.label && <span className="report-num">{b.label}</span>}
                {b.lead && <span className="report-lead">{b.lead}</span>}
                {b.text}
              </p>
            );
          case 'table':
            return (
              <p key={`t-${b.tableId}`} className="report-table-ref">
                {b.title}
              </p>
            );
          case 'chart':
            // Our own SVG, every text in it escaped by renderChart.
            return (
              <div
                key={`c-${b.chart.id}`}
                className="report-chart"
                dangerouslySetInnerHTML={{ __html: renderChart(b.chart) }}
              />
            );
        }
      })}
    </>
  );
}
