// The briefing's "Export slide ▾" control: the current slide as a PNG or an SVG with the same
// footer as a chart card's image (src/components/imageExport).
import { useCallback, useRef } from 'react';
import { ImageExportMenu } from '@/components/imageExport/ImageExportMenu';
import { visibleText } from '@/components/imageExport/visibleText';
import { useT } from '@/i18n/fastT';

/** Reads the slide from the deck around the control, when the button is pressed. */
function currentSlide(control: Element | null) {
  const deck = control?.closest<HTMLElement>('.briefing-deck');
  const slide = deck?.querySelector<HTMLElement>('.briefing-slide');
  if (!deck || !slide) return null;
  const sourceLines = Array.from(slide.querySelectorAll('.briefing-source, .card-source'));
  return {
    source: { kind: 'slide' as const, deck, slide },
    title: visibleText(slide.querySelector('#briefing-heading')),
    sources: sourceLines.map(visibleText).filter(Boolean).join(' '),
  };
}

export function SlideExport() {
  const tc = useT('common');
  const controlRef = useRef<HTMLDivElement>(null);
  const resolve = useCallback(() => currentSlide(controlRef.current), []);
  return (
    <div className="slide-export" ref={controlRef}>
      <ImageExportMenu
        label={tc('exportImage.slideButton')}
        ariaLabel={tc('exportImage.slideLabel')}
        chartId="slide"
        resolve={resolve}
        placement="above"
      />
    </div>
  );
}
