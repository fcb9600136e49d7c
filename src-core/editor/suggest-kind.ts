import { EXPENSE_KIND_NAMES, type ExpenseKind } from '../domain/draft/vocabulary';

/**
 * 支出类型 following the economic code: the catalog assigns each economic 类 of basic spending to
 * 人员经费 or 公用经费 (`basicKind`: 301 工资福利支出 and 303 对个人和家庭的补助 → 人员经费, 302
 * 商品和服务支出 and 310 资本性支出 → 公用经费), the assignment rule R-KIND-ECON checks. When an
 * officer enters an economic code on a basic-spending line whose 支出类型 is the other one, the
 * matching type is proposed, the way the function code is proposed for social-insurance codes.
 * Project lines, lines with a project and the other types are left alone.
 */

export interface KindSuggestion {
  kind: ExpenseKind;
  name: string;
  /** Why, in Chinese, for a tooltip. */
  reason: string;
}

/** What the suggestion needs of the economic catalog (`Catalog` fits). */
export interface EconomicClassLookup {
  get(code: string): { code: string; name: string; basicKind?: 'personnel' | 'public' } | undefined;
}

export interface SuggestKindInput {
  /** The economic code just entered (款, 5 digits). */
  economic: string;
  /** The line's 支出类型 now. */
  currentKind: ExpenseKind;
  /** The line's project, if any: a project line keeps 项目支出. */
  project?: string | null;
  economicCatalog: EconomicClassLookup;
}

/** The 支出类型 to propose for an economic code, or null when the line's type already fits or is not a basic one. */
export function suggestKind(input: SuggestKindInput): KindSuggestion | null {
  const { currentKind } = input;
  if (currentKind !== 'personnel' && currentKind !== 'public') return null;
  if (input.project) return null;
  const code = input.economic.trim();
  if (!/^\d{5}$/.test(code)) return null;
  const cls = input.economicCatalog.get(code.slice(0, 3));
  const kind = cls?.basicKind;
  if (!cls || !kind || kind === currentKind) return null;
  const name = EXPENSE_KIND_NAMES[kind];
  return {
    kind,
    name,
    reason: `经济分类“${cls.code} ${cls.name}”属于${name}，${EXPENSE_KIND_NAMES[currentKind]}不能使用。`,
  };
}
