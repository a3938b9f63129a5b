package de.kooperationsatlas.region;

import de.kooperationsatlas.base.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the shipped directory on the first start (and when the store holds no or another edition). */
@Component
@Order(StartupOrder.REFERENCE_DATA)
class ReferenceDataOnStart implements ApplicationRunner {

    private final ReferenceDataService referenceData;

    ReferenceDataOnStart(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (referenceData.loadedEdition() == null) {
            referenceData.loadShipped();
        }
    }
}
