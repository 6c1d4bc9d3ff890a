import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import { FLAG_COLORS } from '../../../../app/charts/palette';
import { CHECKPOINTS } from '../../../../app/analytics/test-fixtures';
import { FLAGS } from '../../test-fixtures';
import { flagsOverCheckpointsOption } from './transform';

const zh = testChartContext('zh');
type Option = {
  xAxis: { data: string[] };
  legend: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{ type: string; name: string; data: number[]; itemStyle: { color: string } }>;
};

describe('flags over the checkpoints', () => {
  it('counts raised, turned red and closed at each checkpoint, with the open flags as a line', () => {
    const option = flagsOverCheckpointsOption(FLAGS, zh) as unknown as Option;
    expect(option.xAxis.data).toEqual(['5月底', '8月底']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['新增黄标', [69, 18]],
      ['转为红标', [0, 3]],
      ['销号', [0, 44]],
      ['未销号', [69, 43]],
    ]);
    expect(option.series[0].itemStyle.color).toBe(FLAG_COLORS.YELLOW);
    expect(option.series[3].type).toBe('line');
  });

  it('gives open yellow and red apart in the tooltip', () => {
    const option = flagsOverCheckpointsOption(FLAGS, zh) as unknown as Option;
    const html = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).toContain('8月底');
    expect(html).toContain('未销号红标');
    expect(html).toContain('<b>3</b>');
  });

  it('draws nothing when no checkpoint has a flag', () => {
    const zero = { yellow: 0, red: 0, newYellow: 0, escalatedToRed: 0, closed: 0 };
    expect(
      flagsOverCheckpointsOption(
        CHECKPOINTS.map((checkpoint) => ({ checkpoint, value: zero })),
        zh,
      ),
    ).toBeNull();
  });
});
