/** The version shown by `amends --version`, the health check and the OpenAPI document. */
export const VERSION = '0.1.0';
