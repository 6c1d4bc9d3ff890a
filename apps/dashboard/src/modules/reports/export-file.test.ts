import { describe, expect, it } from 'vitest';
import { exportPaths, fileNameOf } from './export-file';

describe('the name of a downloaded file', () => {
  it('is the UTF-8 name the server gives, else its plain name', () => {
    expect(
      fileNameOf(
        `attachment; filename="XM-1-targets.xlsx"; filename*=UTF-8''XM-1-${encodeURIComponent('项目支出绩效目标申报表')}.xlsx`,
      ),
    ).toBe('XM-1-项目支出绩效目标申报表.xlsx');
    expect(fileNameOf('attachment; filename="annual-report-2023.docx"')).toBe('annual-report-2023.docx');
    expect(fileNameOf(`attachment; filename="a.zip"; filename*=UTF-8''%E0%A4%A`)).toBe('a.zip');
    expect(fileNameOf(null)).toBeNull();
  });

  it('paths carry the global ids escaped', () => {
    expect(exportPaths.projectForm('UHJv/amVjdDox', 'targets')).toBe('/projects/UHJv%2FamVjdDox/targets.xlsx');
    expect(exportPaths.monitoring('UHJvamVjdDox', 8)).toBe('/projects/UHJvamVjdDox/monitoring/8.xlsx');
    expect(exportPaths.unitZip('VW5pdDox', 2023)).toBe('/units/VW5pdDox/2023/tables.zip');
    expect(exportPaths.annualReport(2023)).toBe('/reports/2023/annual-report.docx');
  });
});
