/**
 * The import template's file name when the department has no name yet (a new draft): a neutral
 * “部门预算导入模板_2027”, rather than the default “{部门}{年度}年部门预算数据导入模板” with a stand-in
 * department. Undefined when the department is named: the default name applies.
 */
export function unnamedTemplateFileName(department: string, year: number): string | undefined {
  return department.trim() === '' ? `部门预算导入模板_${year}` : undefined;
}
