import DecimalBase from 'decimal.js';

/**
 * The one Decimal constructor of the app: 40 significant digits, ROUND_HALF_UP
 * (四舍五入, as the finance tables round 元 → 万元).
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
