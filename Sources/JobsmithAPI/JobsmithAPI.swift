// The types and server stubs of the /api/v1 contract are generated from openapi.yaml at build time.
