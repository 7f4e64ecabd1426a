import { AppNavLink } from '@/components/AppLink';
import { useDatasetQuery } from '@/lib/dataset';

/**
 * One navigation link per country of the loaded data set, named by its code (the same in every
 * language). The header sits outside the data-set gate, so it reads the query the gate reads;
 * until the data set is there, no country is linked.
 */
export function CountryNavLinks() {
  const { data } = useDatasetQuery();
  if (!data) return null;
  return (
    <>
      {data.countries.map((country) => (
        <AppNavLink key={country.code} to={`/country/${country.code}`}>
          {country.code}
        </AppNavLink>
      ))}
    </>
  );
}
