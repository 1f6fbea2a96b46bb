/**
 * Search (搜索): one index over the records of every module that registers a {@link com.siteline.search.SearchableType},
 * kept in step with committed changes by Hibernate Search; the header's search box, the grids' "contains"
 * filters and the index's administration. Embedded Lucene by default, OpenSearch for several nodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "organization", "organization :: *"})
package com.siteline.search;
