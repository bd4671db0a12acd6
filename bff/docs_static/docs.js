// The /docs page: Swagger UI (from npm, served by us) over the served OpenAPI document.
// No validator badge (it would send the document to validator.swagger.io) and no
// request leaves for anywhere but this service.
window.addEventListener("load", function () {
  var page = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: page.dataset.spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    docExpansion: "none",  // all sections open at once: Swagger UI 5.36 draws only the first of 200+ operations
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
});
