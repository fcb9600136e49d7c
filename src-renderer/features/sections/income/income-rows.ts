import type { CarryForwardLine, IncomeLine } from '../../../../src-core/domain/draft/types';
import {
  CARRYOVER_SOURCES,
  CURRENT_SOURCES,
  SOURCE_NAMES,
  isValidSource,
  type Source,
} from '../../../../src-core/domain/draft/vocabulary';
import type { AmountUnit } from '../../../../src-core/domain/money/units';
import { err, ok, type Result } from '../../../../src-core/domain/result';
import { readAmount } from '../amounts';
import type { RecordOption } from '../RecordTable';

export const CARRYOVER_OPTIONS: RecordOption[] = [
  { value: 'false', label: '本年收入' },
  { value: 'true', label: '上年结转结余' },
];

/** Sources an income line may have: 本年收入 sources or 上年结转结余 sources (docs/draft-format.md). */
export function sourceOptions(carryover: boolean): RecordOption[] {
  return (carryover ? CARRYOVER_SOURCES : CURRENT_SOURCES).map((s) => ({ value: s, label: SOURCE_NAMES[s] }));
}

/**
 * One typed cell of an income line, applied: the new line, or why it is refused (an amount that
 * cannot be read, a source that does not fit 本年收入/上年结转结余).
 */
export function withIncomeCell(
  line: IncomeLine,
  key: string,
  text: string,
  unit: AmountUnit,
): Result<IncomeLine, string> {
  switch (key) {
    case 'unit':
      return ok({ ...line, unit: text });
    case 'amount': {
      const a = readAmount(text, unit);
      return a.ok ? ok({ ...line, amount: a.value }) : a;
    }
    case 'carryover': {
      const carryover = text === 'true';
      if (!isValidSource(line.source, carryover)) {
        return err(
          `收入来源“${SOURCE_NAMES[line.source]}”不能用于${carryover ? '上年结转结余' : '本年收入'}，请先改收入来源`,
        );
      }
      return ok({ ...line, carryover });
    }
    case 'source':
      if (!isValidSource(text, line.carryover))
        return err(`“${SOURCE_NAMES[text as Source] ?? text}”不能用于${line.carryover ? '上年结转结余' : '本年收入'}`);
      return ok({ ...line, source: text });
    default:
      return err('该列不能修改');
  }
}

/** One typed cell of a 年终结转结余 line. */
export function withCarryForwardCell(
  line: CarryForwardLine,
  key: string,
  text: string,
  unit: AmountUnit,
): Result<CarryForwardLine, string> {
  switch (key) {
    case 'unit':
      return ok({ ...line, unit: text });
    case 'source':
      if (!isValidSource(text, true))
        return err(`“${SOURCE_NAMES[text as Source] ?? text}”不能作为年终结转结余的资金来源`);
      return ok({ ...line, source: text });
    case 'amount': {
      const a = readAmount(text, unit);
      return a.ok ? ok({ ...line, amount: a.value }) : a;
    }
    default:
      return err('该列不能修改');
  }
}

/** A blank amount in the draft's unit. */
export function zeroAmount(unit: AmountUnit): string {
  return unit === 'yuan' ? '0.00' : '0';
}
