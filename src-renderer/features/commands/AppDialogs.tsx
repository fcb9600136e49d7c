import { useEffect, useRef, useState } from 'react';
import { appVersion, backupService, isElectron } from '../../platform';
import type { AppInfo } from '../../platform/backups';
import type { AppDialog } from './use-app-commands';
import { useModalFocus } from '../dialog/use-modal-focus';
import './dialogs.css';

interface Props {
  dialog: AppDialog;
  message: string | null;
  onClose(): void;
}

/** 关于 / 使用说明 (help menu) and the message for a menu command the current screen cannot take. */
export function AppDialogs({ dialog, message, onClose }: Props) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (dialog !== 'about') return;
    void backupService()
      ?.appInfo()
      .then((r) => r.ok && setInfo(r.value));
  }, [dialog]);
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, onClose, !!(dialog || message));
  if (!dialog && !message) return null;
  return (
    <div className="app-dialog-backdrop" onClick={onClose}>
      <div
        className="app-dialog"
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-label={dialog === 'about' ? '关于' : dialog === 'manual' ? '使用说明' : '提示'}
        onClick={(e) => e.stopPropagation()}
      >
        {dialog === 'about' && (
          <>
            <h2>部门预算公开编制</h2>
            <p>部门预算公开表与情况说明的离线编制工具。</p>
            <p>
              版本：{info?.version ?? appVersion() ?? '浏览器版'}
              {info && `（Electron ${info.electron}，Chromium ${info.chrome}）`}
            </p>
            {info && (
              <p>
                数据文件夹：<code>{info.userData}</code>
                <br />
                备份文件夹：<code>{info.backups}</code>
              </p>
            )}
            {!isElectron() && <p className="muted">浏览器版的草稿只保存在本浏览器中。</p>}
          </>
        )}
        {dialog === 'manual' && (
          <>
            <h2>使用说明</h2>
            <ol>
              <li>在首页“新建草稿”，或“导入草稿文件”（*.budget.json）。</li>
              <li>在“支出明细”中逐行填写，可从 Excel 复制粘贴；状态栏实时显示收支合计与问题数。</li>
              <li>“公开表”查看各张公开表；“情况说明”填写增减原因与资金用途；“审核”逐条核对问题。</li>
              <li>完成后导出 Excel、导出 PDF 或打印；“导出草稿文件”可在另一台电脑上继续编辑。</li>
              <li>每次修改都会立即保存；桌面版还会自动备份，可在首页“备份与恢复”中找回。</li>
            </ol>
          </>
        )}
        {!dialog && message && <p role="alert">{message}</p>}
        <div className="app-dialog-actions">
          <button type="button" className="primary" onClick={onClose} autoFocus>
            确定
          </button>
        </div>
      </div>
    </div>
  );
}
