import { useState } from 'react';
import type { Layout } from '../../../src-core/domain/layout/types';
import { DEFAULT_LAYOUT } from '../../../src-core/domain/resources';
import { openTextFile } from '../../platform/files';
import { appLayoutLibrary } from '../layouts/app-layout-library';
import { ImportedLayoutsDialog } from '../layouts/ImportedLayoutsDialog';
import { LayoutFileDialog, type LayoutFileOutcome } from '../layouts/LayoutFileDialog';
import { useImportedLayouts } from '../layouts/use-layout-list';
import '../layouts/layouts.css';

interface Props {
  layouts: readonly Layout[];
  value: string;
  onChange(layoutId: string): void;
}

/**
 * 版式: which region's layout the tables follow — the shipped ones (resources/layouts) and those
 * imported on this computer (导入版式文件: a JSON file, previewed before it is stored; 本机版式 lists
 * and removes them).
 */
export function LayoutSelect({ layouts, value, onChange }: Props) {
  const imported = useImportedLayouts();
  const importedIds = new Set(imported.map((e) => e.id));
  const shipped = layouts.filter((l) => !importedIds.has(l.id));
  const local = layouts.filter((l) => importedIds.has(l.id));
  const [file, setFile] = useState<LayoutFileOutcome | null>(null);
  const [managing, setManaging] = useState(false);
  const library = appLayoutLibrary();

  const chooseFile = async () => {
    const picked = await openTextFile('.json,application/json');
    if (!picked) return;
    const read = library.check(picked.text);
    setFile(
      read.ok
        ? {
            ok: true,
            fileName: picked.name,
            text: picked.text,
            layout: read.value,
            replaces: imported.find((e) => e.id === read.value.id)?.name ?? null,
          }
        : { ok: false, fileName: picked.name, problems: read.error },
    );
  };

  return (
    <div className="layout-select">
      <label>
        版式
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          {shipped.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
          {local.length > 0 && (
            <optgroup label="本机导入">
              {local.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <div className="layout-select-actions">
        <button type="button" className="link" onClick={() => void chooseFile()}>
          导入版式文件…
        </button>
        {imported.length > 0 && (
          <button type="button" className="link" onClick={() => setManaging(true)}>
            本机版式（{imported.length}）
          </button>
        )}
      </div>
      {file && (
        <LayoutFileDialog
          outcome={file}
          onCancel={() => setFile(null)}
          onImport={async () => {
            if (!file.ok) return;
            await library.add(file.fileName, file.text, file.layout);
            setFile(null);
            onChange(file.layout.id);
          }}
        />
      )}
      {managing && (
        <ImportedLayoutsDialog
          entries={imported}
          onClose={() => setManaging(false)}
          onRemove={async (id) => {
            if (id === value) onChange(DEFAULT_LAYOUT);
            await library.remove(id);
          }}
        />
      )}
    </div>
  );
}
