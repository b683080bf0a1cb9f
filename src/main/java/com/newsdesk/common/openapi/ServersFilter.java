package com.newsdesk.common.openapi;

import com.newsdesk.common.http.ApiConfig;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The document's {@code servers}: the configured public API URL, read when the service starts (so
 * the production jar says what its environment sets), never the Host of whoever fetches it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServersFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig()
                .unwrap(SmallRyeConfig.class)
                .getConfigMapping(ApiConfig.class)
                .publicUrl()
                .replaceAll("/+$", "");
        openAPI.setServers(
                List.of(OASFactory.createServer().url(url).description("This API (NEWSDESK_API_PUBLIC_URL)")));
    }
}
