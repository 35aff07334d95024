/**
 * The in-page entity panel (src/panel) as the content script uses it: mounted while clean mode is on
 * and the reader wants the floating button or left the panel open; destroyed on restore so the page
 * serialises as before. The reader's open/closed choice is reported through `onChoice` to be saved.
 * The panel code itself comes with the lazily injected entities.js (entity-bundle.ts): `sync` takes it.
 */
import type { Entity } from '../core/types';
import type { PanelHandle } from '../panel';
import type { EntityBundle } from './entity-bundle';

/** What the host needs of entities.js. */
export type PanelCode = Pick<EntityBundle, 'mountPanel' | 'panelLabels'>;

export interface PanelWish {
  floatingButton: boolean;
  open: boolean;
}

export class PanelHost {
  private handle: PanelHandle | null = null;

  constructor(
    private readonly doc: Document,
    private readonly getMessage: (key: string, subs?: string | string[]) => string,
    private readonly onChoice: (open: boolean) => void,
  ) {}

  get isOpen(): boolean {
    return this.handle?.isOpen() ?? false;
  }

  /** Show what `wish` asks for, with these entities; unmount when neither button nor panel is wanted. */
  sync(code: PanelCode, wish: PanelWish, entities: Entity[], articleRoot: Element | null, coverPercent: number | null = null): void {
    if (!wish.floatingButton && !wish.open) {
      this.destroy();
      return;
    }
    if (!this.handle) {
      this.handle = code.mountPanel(this.doc, {
        entities,
        articleRoot,
        open: wish.open,
        floatingButton: wish.floatingButton,
        labels: code.panelLabels(this.getMessage),
        coverPercent,
        onOpen: () => this.onChoice(true),
        onClose: () => this.onChoice(false),
      });
      return;
    }
    this.handle.update(entities);
    this.handle.setFloatingButton(wish.floatingButton);
    if (wish.open && !this.handle.isOpen()) this.handle.open();
    if (!wish.open && this.handle.isOpen()) this.handle.close();
  }

  destroy(): void {
    this.handle?.destroy();
    this.handle = null;
  }
}
