import { useState, type FormEvent } from 'react';
import type { BlankDraftOptions } from '../../data/draft-repository';
import { UNIT_TYPE_NAMES, UNIT_TYPES, type UnitType } from '../../../src-core/domain/draft/vocabulary';

interface Props {
  onCreate(options: BlankDraftOptions): Promise<string | null>;
  onCancel(): void;
}

/** 新建草稿: the year, the department and its first budget unit (more units come later). */
export function NewDraftForm({ onCreate, onCancel }: Props) {
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [deptCode, setDeptCode] = useState('');
  const [deptName, setDeptName] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [unitName, setUnitName] = useState('');
  const [unitType, setUnitType] = useState<UnitType>('admin');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const y = /^\s*(\d{4})\s*$/.exec(year);
    const missing = [
      !y && '预算年度（4 位数字）',
      !deptCode.trim() && '部门编码',
      !deptName.trim() && '部门名称',
      !unitCode.trim() && '单位编码',
    ].filter(Boolean);
    if (missing.length > 0) {
      setProblem(`请填写：${missing.join('、')}`);
      return;
    }
    const name = unitName.trim() || deptName.trim();
    setProblem(
      await onCreate({
        year: Number(y![1]),
        department: { code: deptCode.trim(), name: deptName.trim() },
        units: [{ code: unitCode.trim(), name, type: unitType }],
      }),
    );
  };

  return (
    <form className="new-draft" onSubmit={(e) => void submit(e)} aria-label="新建草稿">
      <h2>新建草稿</h2>
      <div className="form-grid">
        <label>
          预算年度
          <input name="year" value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" />
        </label>
        <label>
          部门编码
          <input name="deptCode" value={deptCode} onChange={(e) => setDeptCode(e.target.value)} placeholder="如 167" />
        </label>
        <label className="wide">
          部门名称
          <input
            name="deptName"
            value={deptName}
            onChange={(e) => setDeptName(e.target.value)}
            placeholder="如 舟山市人民政府办公室"
          />
        </label>
        <label>
          单位编码
          <input
            name="unitCode"
            value={unitCode}
            onChange={(e) => setUnitCode(e.target.value)}
            placeholder="如 167001"
          />
        </label>
        <label className="wide">
          单位名称
          <input
            name="unitName"
            value={unitName}
            onChange={(e) => setUnitName(e.target.value)}
            placeholder="不填则与部门名称相同"
          />
        </label>
        <label>
          单位类型
          <select name="unitType" value={unitType} onChange={(e) => setUnitType(e.target.value as UnitType)}>
            {UNIT_TYPES.map((t) => (
              <option key={t} value={t}>
                {UNIT_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          创建
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
