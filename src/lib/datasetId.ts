// Which data set is in use, by id: the bundled one, or one kept in this browser (named in the
// address as `?dataset=<id>`, src/lib/datasetLibrary.ts). Pure: no React, no router, no I/O, so
// the pure layers (saved scenarios' restore step, the library) can name a data set without
// loading the app's data-set query (src/lib/dataset.ts).
import type { Dataset } from '@/model';

/** The id of the data set that comes with the app (no `dataset=` in the address). */
export const BUNDLED_DATASET_ID = 'bundled';

/** The search param naming the data set in use (`?dataset=<id>`, a stored data set's id). */
export const DATASET_PARAM = 'dataset';

/** Which data set an object is: a stored one by its id (registered when loaded), else bundled. */
const datasetIds = new WeakMap<Dataset, string>();

/** The id saved scenarios and the address name a loaded data set by. */
export function datasetIdOf(dataset: Dataset | null | undefined): string {
  return (dataset && datasetIds.get(dataset)) ?? BUNDLED_DATASET_ID;
}

/** Registers a stored data set's id on the object loaded from it (the data-set query). */
export function rememberDatasetId(dataset: Dataset, id: string): void {
  datasetIds.set(dataset, id);
}
