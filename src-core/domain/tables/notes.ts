/** The standard note printed under a table whose displayed totals and parts may differ (docs/tables.md). */
export const ROUNDING_NOTE = '本表金额单位转换时可能存在尾数误差。';
