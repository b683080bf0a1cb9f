package com.newsdesk.staff;

import com.newsdesk.common.http.ClientAddress;
import com.newsdesk.staff.StaffInputs.Login;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff login: the only admin operation that needs no token. */
@Path("/api/v1/admin/auth/token")
@Tag(name = "Staff authentication", description = "Log in for a bearer token; read your own account.")
public class AuthResource {

    private final LoginService login;
    private final ClientAddress clients;

    AuthResource(LoginService login, ClientAddress clients) {
        this.login = login;
        this.clients = clients;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "login",
            summary = "Log in",
            description = "Exchanges a staff email and password for a short-lived bearer token (15 minutes by"
                    + " default). No token needed. After 5 failures in 15 minutes for one account from one client"
                    + " network (an IPv4 address or an IPv6 /64), or 20 from one network for any accounts, attempts"
                    + " from that network get 429 until the window passes; the account still logs in from"
                    + " elsewhere.")
    @APIResponse(responseCode = "200", description = "Logged in.")
    @APIResponse(
            responseCode = "401",
            description = "Wrong email or password (the same answer whether or not the email exists).")
    @APIResponse(
            responseCode = "503",
            description = "Too many logins are being checked at once, or the database is unavailable; retry after"
                    + " Retry-After.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait."))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts; wait as long as Retry-After says.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait."))
    public TokenView token(@NotNull @Valid Login credentials, @Context HttpServerRequest request) {
        return login.login(credentials, clients.of(request));
    }
}
