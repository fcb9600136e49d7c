import { describe, expect, it } from 'vitest';
import type { Indicator, Review } from '../../../src-core/domain/draft/types';
import { DraftSession } from '../../../src-renderer/features/session/draft-session';
import { staleReviews, withReviewNote, withoutReview } from '../../../src-renderer/features/review/review-notes';
import { FIXTURE_TEXT, freshRepo, unwrap } from '../data/helpers';
import { testResources } from '../fixture-resources';

/** The 舟山 sample stored in a fresh database and opened in a session (as the 审核 panel uses it). */
async function openSample() {
  const { repo } = freshRepo();
  const { id } = unwrap(await repo.importDraftFile(FIXTURE_TEXT));
  const session = new DraftSession(repo, id, unwrap(await repo.openDraft(id)), testResources(), 'zhejiang', {
    onConflict: () => undefined,
    onSaveProblem: () => undefined,
  });
  const stored = async () => {
    await session.flush();
    return unwrap(await repo.loadDraft(id)).draft;
  };
  return { session, stored };
}

/** What the panel does on 保存: the new `reviews` through the session, one undo step. */
function saveNote(session: DraftSession, rule: string, target: unknown, note: string): void {
  session.setPart('填写出错说明', 'reviews', withReviewNote(session.head.reviews, rule, target, note) as Review[]);
}

const projectWarnings = (session: DraftSession) =>
  session.engine.findings().filter((f) => f.rule === 'R-PROJECT-EMPTY');

describe('出错说明 through the draft session', () => {
  it('explains an R-PROJECT-EMPTY warning of the sample: the finding carries the note, stored; undo/redo is one step', async () => {
    const { session, stored } = await openSample();
    const warning = projectWarnings(session)[0];
    expect(warning).toBeDefined();
    expect(warning.explained).toBeUndefined();

    saveNote(session, warning.rule, warning.target, '该项目绩效目标由市财政局统一下达');
    expect(session.undoLabel).toBe('填写出错说明');
    const explained = projectWarnings(session).find((f) => JSON.stringify(f.target) === JSON.stringify(warning.target));
    expect(explained?.explained).toBe('该项目绩效目标由市财政局统一下达');
    expect(projectWarnings(session).filter((f) => f.explained)).toHaveLength(1);
    expect((await stored()).reviews).toEqual([
      { rule: 'R-PROJECT-EMPTY', target: warning.target, note: '该项目绩效目标由市财政局统一下达' },
    ]);

    expect(session.undo()).toBe(true);
    expect(projectWarnings(session).every((f) => !f.explained)).toBe(true);
    expect((await stored()).reviews).toEqual([]);
    expect(session.redo()).toBe(true);
    expect(projectWarnings(session)[0].explained).toBe('该项目绩效目标由市财政局统一下达');
    expect((await stored()).reviews).toHaveLength(1);

    session.setPart(
      '删除出错说明',
      'reviews',
      withoutReview(session.head.reviews, warning.rule, warning.target) as Review[],
    );
    expect(projectWarnings(session)[0].explained).toBeUndefined();
    expect((await stored()).reviews).toEqual([]);
  });

  it('an explanation whose warning went away stays in the draft and is listed as stale; it applies again when the warning returns', async () => {
    const { session, stored } = await openSample();
    const warning = projectWarnings(session)[0];
    const code = (warning.target as { project: string }).project;
    saveNote(session, warning.rule, warning.target, '指标另行下达');
    expect(staleReviews(session.head.reviews, session.engine.findings())).toEqual([]);

    const indicator: Indicator = {
      level1: '产出指标',
      level2: '数量指标',
      level3: '公报期数',
      op: '≥',
      value: '24',
      unit: '期',
      weight: 100,
    };
    const projects = session.head.projects.map((p) => (p.code === code ? { ...p, indicators: [indicator] } : p));
    session.setPart('修改项目', 'projects', projects);
    expect(projectWarnings(session).some((f) => JSON.stringify(f.target) === JSON.stringify(warning.target))).toBe(
      false,
    );
    expect(staleReviews(session.head.reviews, session.engine.findings())).toEqual([
      { rule: warning.rule, target: warning.target, note: '指标另行下达' },
    ]);
    expect((await stored()).reviews).toHaveLength(1); // lossless: kept in the draft

    session.undo(); // the indicator goes, the warning returns with its note
    expect(staleReviews(session.head.reviews, session.engine.findings())).toEqual([]);
    expect(projectWarnings(session)[0].explained).toBe('指标另行下达');
  });

  it('errors are never shown as explained, even when a review names them', async () => {
    const { session } = await openSample();
    const first = session.expenseIds()[0];
    const line = session.expenseLine(first);
    session.perform('改金额', [
      { type: 'set', stream: 'expense', id: first, before: line, after: { ...line, amount: '1.00' } },
    ]);
    const error = session.engine.findings().find((f) => f.severity === 'error');
    expect(error).toBeDefined();
    saveNote(session, error!.rule, error!.target, '不应生效');
    const again = session.engine
      .findings()
      .find((f) => f.rule === error!.rule && JSON.stringify(f.target) === JSON.stringify(error!.target));
    expect(again?.explained).toBeUndefined();
    expect(staleReviews(session.head.reviews, session.engine.findings())).toHaveLength(1);
  });
});
