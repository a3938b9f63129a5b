package de.kooperationsatlas.base;

import de.kooperationsatlas.StoreTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The store contract on the embedded Neo4j (the default). */
class EmbeddedStoreTest extends StoreTestSupport implements StoreContract {

    @Autowired
    ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
