"""Media: upload validation and re-encoding, the face engine, PDF documents and QR codes, storage adapters. Used by core services, never by handlers directly."""
