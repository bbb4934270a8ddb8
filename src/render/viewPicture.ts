/**
 * The picture of the view the reader has now: the scene the chart drew last and the view
 * controller's scale (never the live DOM), with the title, what the view shows, the legend of
 * the categories shown and the source line, in the reader's language. Text is measured here,
 * with a canvas, in the picture's font; everything else is the pure picture modules'.
 *
 * The picture is always on the theme's light side, as paper is (styles/app.css, print): a
 * download goes to slides, documents and print, mostly on white, and should not change with
 * the reader's system setting.
 */
import type { AppState } from '../state/store';
import { selectFilteredEvents, selectLocale, selectTimeline } from '../state/selectors';
import type { Chart } from './createChart';
import type { ViewController } from './viewController';
import { createLabelMeasurer, LABEL_FONT } from './measureText';
import { readPalette } from './palette';
import { BAR_HEIGHT, shapePath } from './drawScene';
import { axisTicks } from '../layout/axisTicks';
import { windowToDates } from '../model/windowText';
import { parsePartialDate } from '../model/dates';
import { formatPartialDate } from '../model/format';
import { CERTAINTIES } from '../data/schema';
import { composePicture, isolateText, PICTURE_FONT_FAMILY } from '../picture/composePicture';
import type { MeasureText, Palette, Picture } from '../picture/types';

/** What the picture is taken from. */
export interface ViewPictureSource {
  /** The state now. */
  state: AppState;
  /** The chart on the page. */
  chart: Chart;
  /** Its view controller. */
  view: ViewController;
  /** The page's address at this view, for the source line. */
  pageUrl: string;
  /** The day the picture is taken. */
  now: Date;
  /** Colours; the theme's light side when absent. */
  palette?: Palette;
}

/** Measures text in the picture's font, one cached canvas measurer per size and weight. */
function pictureMeasurer(): MeasureText {
  const measurers = new Map<string, (text: string) => number>();
  return (text, size, weight = 400) => {
    const key = `${weight} ${size}px`;
    let measure = measurers.get(key);
    if (!measure) measurers.set(key, (measure = createLabelMeasurer(`${key} ${PICTURE_FONT_FAMILY}`)));
    return measure(text);
  };
}

/** The picture of the view, or null when nothing is drawn yet. */
export function viewPicture({ state, chart, view, pageUrl, now, palette }: ViewPictureSource): Picture | null {
  const scene = chart.scene();
  const x = view.scale();
  const window = view.window();
  const timeline = selectTimeline(state);
  if (!scene || !x || !window || !timeline) return null;
  const { t, locale, rtl } = selectLocale(state);
  const measure = pictureMeasurer();
  const shown = selectFilteredEvents(state);
  const categoryIndex = new Map(timeline.categories.map((c, i) => [c.id, i]));
  const used = new Set(shown.map((e) => e.category));

  const [from, to] = windowToDates(window[0], window[1]).map((d) => formatPartialDate(parsePartialDate(d)!, locale));
  const dates = from === to ? from : t('date.range', { start: from, end: to });
  const count = t('filters.count', { shown: shown.length, count: timeline.events.length });
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(now);

  return composePicture({
    title: timeline.title,
    subtitle: `${dates} · ${count}`,
    // Each part isolated, so that a right-to-left line keeps an English title, an address and a date whole.
    source: t('download.sourceLine', { title: isolateText(timeline.title), url: isolateText(pageUrl), date: isolateText(day) }),
    legend: {
      categories: timeline.categories.filter((c) => used.has(c.id)).map((c) => ({ label: c.label, index: categoryIndex.get(c.id)! })),
      certainties: CERTAINTIES.map((certainty) => ({ certainty, label: t(`certainty.${certainty}`) })),
      approximate: t('download.approximate'),
    },
    chart: {
      scene,
      ticks: axisTicks(x, scene.width, locale, (s) => measure(s, 11)),
      categoryIndex,
      selectedId: state.selectedId,
      labelRoom: createLabelMeasurer(LABEL_FONT),
    },
    rtl,
    palette: palette ?? readPalette('light'),
    shapes: { symbol: shapePath, barHeight: BAR_HEIGHT },
    measure,
    fontFamily: PICTURE_FONT_FAMILY,
  });
}
