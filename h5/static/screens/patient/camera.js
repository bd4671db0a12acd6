/* The phone camera of the whole client: the front camera into a <video>, one frame out as a
   JPEG the server judges like any photo (it re-encodes and analyses it). The record-copy
   identity check uses these directly; the exam's Camera (screens/exam/camera.js) keeps a
   stream open over the exam on top of them. */

export async function openCamera(video) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    throw new Error('当前浏览器无法使用摄像头，请在微信或系统浏览器中打开');
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'user'}, audio: false});
  } catch (e) {
    throw new Error(e && e.name === 'NotAllowedError' ? '请允许使用摄像头后重试' : '无法打开摄像头，请检查设备后重试');
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play();
  if (!video.videoWidth) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, {once: true}));
  return stream;
}

export function closeCamera(stream) {
  if (stream) stream.getTracks().forEach((t) => t.stop());
}

/** The current frame as a JPEG Blob. */
export function grabFrame(video, quality = 0.92) {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob(
    (blob) => (blob ? resolve(blob) : reject(new Error('拍照失败，请重试'))), 'image/jpeg', quality));
}
