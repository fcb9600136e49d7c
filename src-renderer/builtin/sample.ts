/** The bundled example draft: 舟山市人民政府办公室 2022 年部门预算. */
export const SAMPLE_FILE_NAME = 'zhoushan-2022.budget.json';

/** Loads the example's text (a separate chunk, fetched only when asked for). */
export async function loadSampleText(): Promise<string> {
  const module = await import('../../resources/samples/zhoushan-2022.budget.json?raw');
  return module.default;
}
