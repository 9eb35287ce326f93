package com.nashir.search;

import com.nashir.system.DataDirectory;
import org.springframework.stereotype.Component;

/** Where this node keeps its index: {@code search/} under the data directory. */
@Component
class IndexLocation {
    private final DataDirectory data;

    IndexLocation(DataDirectory data) {
        this.data = data;
    }

    IndexGenerations generations() {
        return new IndexGenerations(data.root().resolve("search"));
    }
}
