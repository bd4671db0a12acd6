// Screen area "exam" of the H5 client (contract: top of h5/static/app.js, h5/README.md).
export const routes = [];
export const tiles = [];
