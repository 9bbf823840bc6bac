// The register's source for members' positions: issues where the members' current positions
// differ, and members standing away from an option the alliance agreed
// (core/positions/positions-divergences.ts).
import { positionDivergences } from '../../core/positions/positions-divergences.ts';
import type { PositionService } from '../position.service.ts';
import type { DivergenceSource } from './source.ts';

export function positionSource(positions: PositionService): DivergenceSource {
  return {
    id: 'positions',
    label: 'Members’ positions',
    description:
      'Issues on which members’ current positions differ, and members away from an agreed option',
    async detect() {
      const { issues, positions: live } = await positions.everything();
      return positionDivergences(issues, live);
    },
  };
}
