// The bundled archive's catalog: the build serves data/ as files of the site (deploy/data-files.ts),
// and the app fetches them at runtime like any other dataset.
export const BUNDLED_DATASET = `${import.meta.env.BASE_URL}data/catalog.json`;
