/**
 * Places: where people, employers and learning offers are. Owns the arbeidsmarktregio's (35, the
 * unit of one deployment), their CBS municipalities and the 4-digit postcode areas (PC4) with
 * coordinates, so that other modules can filter on region and travel distance.
 * {@link nl.werkmotor.places.ImportingPlaces} replaces them from the CBS and GeoNames files in one
 * transaction; {@link nl.werkmotor.places.FindPlaces} answers which region a postcode lies in, which
 * postcodes a region has and where they are; {@link nl.werkmotor.places.Postcode4#distanceKm} gives distances (the matching engine's great circle, so
 * that pages and the travel filter agree).
 * {@link nl.werkmotor.places.DeploymentRegion} is the arbeidsmarktregio this deployment serves.
 * Calls only {@code platform} (its command line and COPY helper).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package nl.werkmotor.places;
