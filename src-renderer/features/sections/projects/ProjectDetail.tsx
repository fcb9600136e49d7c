import type { Project } from '../../../../src-core/domain/draft/types';
import { TextField } from '../TextField';
import { IndicatorsTable } from './IndicatorsTable';
import { readWeight } from './indicator-rows';

interface Props {
  project: Project;
  /** Stores the changed project as one undo step; returns a reason when refused. */
  onChange(label: string, after: Project): string | null;
}

type TextKey = 'category' | 'period' | 'basis' | 'goal';

/** One project's details (类别, 实施期限, 立项依据, 绩效目标, 执行率权重) and its 绩效指标. */
export function ProjectDetail({ project, onChange }: Props) {
  const setText = (key: TextKey, label: string, text: string) => {
    const v = text.trim();
    if ((project[key] ?? '') === v) return null;
    return onChange(`修改${label}`, { ...project, [key]: v });
  };
  return (
    <div className="project-detail" aria-label={`项目“${project.name}”`}>
      <h3>
        {project.code} {project.name}
      </h3>
      <div className="field-row">
        <TextField
          label="项目类别"
          value={project.category ?? ''}
          onCommit={(t) => setText('category', '项目类别', t)}
        />
        <TextField label="实施期限" value={project.period ?? ''} onCommit={(t) => setText('period', '实施期限', t)} />
        <TextField
          label="预算执行率权重"
          className="narrow"
          value={project.executionWeight == null ? '' : String(project.executionWeight)}
          hint="部分模板需要，如 10"
          onCommit={(t) => {
            const w = readWeight(t);
            if (!w.ok) return w.error;
            return onChange('修改预算执行率权重', { ...project, executionWeight: w.value });
          }}
        />
      </div>
      <div className="field-row">
        <TextField
          label="立项依据"
          value={project.basis ?? ''}
          multiline
          rows={3}
          onCommit={(t) => setText('basis', '立项依据', t)}
        />
        <TextField
          label="绩效目标"
          value={project.goal ?? ''}
          multiline
          rows={3}
          onCommit={(t) => setText('goal', '绩效目标', t)}
        />
      </div>
      <h4>绩效指标</h4>
      <IndicatorsTable
        project={project}
        onChange={(label, indicators) => onChange(label, { ...project, indicators })}
      />
    </div>
  );
}
