// The map's tooltip: one box inside the map frame, placed beside the pointer or the focused country.
import { h } from '../element.ts';
import './map.css';

export interface TooltipContent {
  title: string;
  lines: string[];
}

export class MapTooltip {
  readonly element: HTMLElement;

  constructor(private readonly frame: HTMLElement) {
    this.element = h('div', {
      class: 'map-tooltip',
      role: 'tooltip',
      id: 'map-tooltip',
      hidden: true,
    });
    frame.append(this.element);
  }

  /** Shows `content` near the frame-relative point (x, y), kept inside the frame. */
  show(content: TooltipContent, clientX: number, clientY: number): void {
    this.element.replaceChildren(
      h('strong', { class: 'map-tooltip-title' }, content.title),
      ...content.lines.map((line) => h('span', { class: 'map-tooltip-line' }, line)),
    );
    this.element.hidden = false;
    const frame = this.frame.getBoundingClientRect();
    const box = this.element.getBoundingClientRect();
    let x = clientX - frame.left + 14;
    let y = clientY - frame.top + 14;
    if (x + box.width > frame.width) x = Math.max(0, clientX - frame.left - box.width - 14);
    if (y + box.height > frame.height) y = Math.max(0, clientY - frame.top - box.height - 14);
    this.element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
