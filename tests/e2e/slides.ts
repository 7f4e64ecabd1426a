import type { Page } from '@playwright/test';
/**
 * The briefing's slides in order, as their addresses name them: written out here (not read
 * from the app) so a test fails when the deck changes without anyone meaning it to.
 */
export const SLIDES = [
  'overview',
  'KG',
  'TJ',
  'compare',
  'confidence-KG',
  'confidence-TJ',
  'scenario',
  'risks',
];

/**
 * How a drawn slide sits on the screen: the page does not scroll, the slide's content stays
 * inside the slide above the controls, the controls stay on the screen, nothing goes sideways.
 * Each is true when it holds.
 */
export function slideFit(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const slideBox = document.querySelector('.briefing-slide')!;
    const controls = document.querySelector('.briefing-controls')!;
    const bottoms = [...slideBox.querySelectorAll('*')].map(
      (e) => e.getBoundingClientRect().bottom,
    );
    return {
      page: root.scrollHeight <= window.innerHeight,
      slide: slideBox.scrollHeight <= slideBox.clientHeight,
      aboveControls: Math.max(...bottoms) <= controls.getBoundingClientRect().top + 0.5,
      controlsOnScreen: controls.getBoundingClientRect().bottom <= window.innerHeight,
      noSideways: root.scrollWidth <= window.innerWidth,
    };
  });
}

/** What slideFit gives for a slide that fits. */
export const FITS = {
  page: true,
  slide: true,
  aboveControls: true,
  controlsOnScreen: true,
  noSideways: true,
};
