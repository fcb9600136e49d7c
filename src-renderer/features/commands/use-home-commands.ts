import { useEffect, useRef } from 'react';
import { commands } from '../../platform/menu-commands';

/** The application menu on 首页: 新建 opens the new-draft form, 打开草稿文件 the file dialog, 导入 “从 Excel 新建草稿”. */
export function useHomeCommands(actions: { onNew(): void; onOpenFile(): void; onImport(): void }): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(
    () =>
      commands.register({
        'file:new': () => latest.current.onNew(),
        'file:open': () => latest.current.onOpenFile(),
        'file:import': () => latest.current.onImport(),
      }),
    [],
  );
}
